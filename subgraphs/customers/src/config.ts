import { baseEnvSchema, parseEnv } from '@pos/kit';
import { z } from 'zod';

export const customersEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4005),
});

export type CustomersEnv = z.infer<typeof customersEnvSchema>;
export const loadCustomersEnv = (env: NodeJS.ProcessEnv = process.env) => parseEnv(customersEnvSchema, env);
