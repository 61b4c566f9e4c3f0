export function findBrowser(): string | null;
export const browserArgs: string[];
