export declare const CHROMIUM_ARGS: readonly string[];
export interface FoundChromium {
  readonly path: string;
  readonly source: string;
  readonly version: string;
}
export declare const findChromium: () => Promise<FoundChromium>;
export declare const describeChromium: (found: FoundChromium) => string;
