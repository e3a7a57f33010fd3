// The other installed extensions that could block or rewrite this site's requests. Listing them
// needs the optional "management" permission, asked only when the user clicks for it.
import type { InstalledExtension } from '../core/diagnosis/types.ts';
import type { Permissions } from 'webextension-polyfill';
import { browser } from './browser.ts';

const MANAGEMENT: Permissions.Permissions = { permissions: ['management'] };

/** Permissions that let an extension block, redirect or rewrite requests, or route them elsewhere. */
export const INTERFERING_PERMISSIONS = [
  'webRequestBlocking',
  'declarativeNetRequest',
  'declarativeNetRequestWithHostAccess',
  'declarativeWebRequest',
  'webRequestAuthProvider',
  'proxy',
] as const;

export async function hasManagement(): Promise<boolean> {
  try {
    return await browser.permissions.contains(MANAGEMENT);
  } catch {
    return false;
  }
}

/**
 * Must be called synchronously from the click handler: browsers grant a permission request only
 * within a user gesture, and an await before it would lose the gesture.
 */
export function requestManagement(): Promise<boolean> {
  return browser.permissions.request(MANAGEMENT).catch(() => false);
}

export interface ManagedExtension {
  id: string;
  name: string;
  enabled: boolean;
  permissions?: string[];
  hostPermissions?: string[];
  type?: string;
}

/** Pure: the enabled extensions (not this one) holding a permission that can change requests. */
export function interfering(all: readonly ManagedExtension[], selfId: string): InstalledExtension[] {
  return all
    .filter((e) => e.enabled && e.id !== selfId && (e.type ?? 'extension') === 'extension')
    .map((e) => ({
      id: e.id,
      name: e.name,
      permissions: (e.permissions ?? []).filter((p) => (INTERFERING_PERMISSIONS as readonly string[]).includes(p)),
    }))
    .filter((e) => e.permissions.length > 0);
}

/** Null when the permission is not granted. */
export async function listInterfering(): Promise<InstalledExtension[] | null> {
  if (!(await hasManagement())) return null;
  try {
    const all = (await browser.management.getAll()) as ManagedExtension[];
    return interfering(all, browser.runtime.id);
  } catch {
    return null;
  }
}
