import { baseEnvSchema, MAX_ACCESS_TOKEN_SECONDS, parseEnv, pemText } from '@pos/kit';
import { z } from 'zod';

export const usersEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  JWT_PRIVATE_KEY: pemText.optional(),
  ACCESS_TOKEN_SECONDS: z.coerce
    .number()
    .int()
    .min(30)
    .max(MAX_ACCESS_TOKEN_SECONDS)
    .default(MAX_ACCESS_TOKEN_SECONDS),
  REFRESH_TOKEN_DAYS: z.coerce.number().int().min(1).max(90).default(30),
});

export type UsersEnv = z.infer<typeof usersEnvSchema>;
export const loadUsersEnv = (env: NodeJS.ProcessEnv = process.env) => parseEnv(usersEnvSchema, env);
