/** Two helpers the build and the benchmark's server share. */
import { statSync } from 'node:fs';

/** Whether a regular file exists at the path (false for a folder or nothing). */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `%20` → space in a URL path; text that is not valid percent-encoding is kept as written. */
export function decodeUrlText(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
