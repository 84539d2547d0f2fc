/**
 * The screen stack of the app as a reducer with named actions: Enter pushes a screen, Esc pops
 * it, and a few moves replace the stack (after a send, after creating a registration). Pure, so
 * every move is tested without rendering.
 */
import type { FormController } from './form/form-controller.js';
import type { DashboardController } from './dashboard/dashboard-controller.js';
import type { IndicatorController } from './dashboard/indicator-controller.js';

export type Screen =
  | { kind: 'table' }
  | { kind: 'new' }
  | { kind: 'followups' }
  | { kind: 'form'; controller: FormController }
  | { kind: 'review'; controller: FormController }
  | { kind: 'view'; id: number }
  | { kind: 'sent'; id: number; code: string }
  | { kind: 'import' }
  | { kind: 'settings' }
  | { kind: 'lists' }
  | { kind: 'dashboard'; controller: DashboardController }
  /** An indicator of the dashboard below it. */
  | { kind: 'indicator'; controller: IndicatorController; dashboard: DashboardController };

export type StackAction =
  /** A screen opens over the current one. */
  | { type: 'open'; screen: Screen }
  /** The top screen closes (the table never does). */
  | { type: 'back' }
  /** The top screen is replaced (a read-only view becomes the form of its correction). */
  | { type: 'swap'; screen: Screen }
  /** Back to the table, with these screens over it (the code of a registration just sent, a new registration's form). */
  | { type: 'home'; over?: Screen[] };

export const initialStack: readonly Screen[] = [{ kind: 'table' }];

export function stackReducer(stack: readonly Screen[], action: StackAction): readonly Screen[] {
  switch (action.type) {
    case 'open':
      return [...stack, action.screen];
    case 'back':
      return stack.length > 1 ? stack.slice(0, -1) : stack;
    case 'swap':
      return stack.length > 1 ? [...stack.slice(0, -1), action.screen] : [...stack, action.screen];
    case 'home':
      return [initialStack[0]!, ...(action.over ?? [])];
    default: {
      const never: never = action;
      throw new Error(`unknown stack action ${JSON.stringify(never)}`);
    }
  }
}
