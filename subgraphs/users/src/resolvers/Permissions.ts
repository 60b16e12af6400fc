import type { PermissionsResolvers } from '../__generated__/resolvers-types';
import { permits } from '../services/permission-check';

export const Permissions: PermissionsResolvers = {
  can: (p, { action }) => permits(new Set(p.effective), action),
};
