// Baseline of the cold-start figure: a bare Ink "hello", started the same way as angio.
process.env.NODE_ENV ??= 'production';
const { render, Text } = await import('ink');
const React = await import('react');
const app = render(React.createElement(Text, null, 'hello ANGIO'), { exitOnCtrlC: true });
setTimeout(() => app.unmount(), 5000);
