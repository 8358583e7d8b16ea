export interface StaticServer {
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

export function startServer(options?: {
  dir?: string;
  port?: number;
  host?: string;
  gzip?: boolean;
  extraHeaders?: Record<string, string>;
}): Promise<StaticServer>;
