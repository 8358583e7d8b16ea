/** The locator map's projected places, computed at build time by scripts/vite/locatorMap.ts. */
declare module 'virtual:locator-map' {
  export const mapGeometry: {
    readonly width: number;
    readonly height: number;
    readonly points: Readonly<Record<string, readonly [number, number]>>;
  };
}
