export function normalizeBase(value: string | undefined): string;
export function renderNginxConf(options?: { base?: string; listen?: string; root?: string }): string;
