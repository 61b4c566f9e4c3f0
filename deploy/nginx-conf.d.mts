export function normalizeBase(value: string | undefined): string;
export function builtPolicy(headersText: string): string;
export function checkBuiltPolicy(templatePolicy: string, policy: string): string;
export function renderNginxConf(options?: { base?: string; listen?: string; root?: string; policy?: string }): string;
