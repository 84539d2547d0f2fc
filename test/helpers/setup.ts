// React's act() environment: every key press in screen tests is flushed deterministically (STACK.md).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
