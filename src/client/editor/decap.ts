/**
 * The little of Decap CMS's browser API the editor uses (decap-cms.js sets these globals;
 * see https://decapcms.org/docs/custom-widgets/ and /docs/registering-events/). Entries and
 * field settings are Immutable.js collections: only the methods called here are typed.
 */
export interface Immutable {
  get(key: string): unknown;
  getIn(path: readonly (string | number)[]): unknown;
  set(key: string, value: unknown): Immutable;
  deleteIn(path: readonly (string | number)[]): Immutable;
  toJS(): unknown;
}

export interface WidgetProps {
  value: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  field: Immutable;
  /** The entry as the form was opened. */
  entry: Immutable;
  /** The entry as it is being edited now (Decap's store). */
  getEntry(): Immutable;
}

export type Element = unknown;
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

export interface Cms {
  init(options?: { config?: Record<string, unknown> }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: Immutable }) => Promise<Immutable | undefined> | Immutable | undefined }): void;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  getLocale(locale: string): Record<string, unknown> | undefined;
}

export interface DecapWindow {
  CMS_MANUAL_INIT?: boolean;
  CMS: Cms;
  h: CreateElement;
  createClass(spec: Record<string, unknown>): unknown;
}
