export interface Portal {
  url: string;
  close(): Promise<void>;
}
export function startPortal(options?: { port?: number; today?: string; host?: string }): Promise<Portal>;
