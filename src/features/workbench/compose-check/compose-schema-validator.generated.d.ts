/** Types of the generated validator (compose-schema-validator.generated.js), as Ajv's standalone code reports. */
export interface ComposeSchemaError {
  /** JSON pointer to the value that failed (`/services/web/ports/0`). */
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface ComposeSchemaValidator {
  (data: unknown): boolean;
  errors?: ComposeSchemaError[] | null;
}

export declare const validate: ComposeSchemaValidator;
export default validate;
