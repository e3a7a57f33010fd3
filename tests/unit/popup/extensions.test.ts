import { beforeEach, describe, expect, it, vi } from 'vitest';

const management = { getAll: vi.fn() };
const permissions = { contains: vi.fn(), request: vi.fn() };
vi.mock('webextension-polyfill', () => ({ default: { management, permissions, runtime: { id: 'self' } } }));

const { interfering, listInterfering, requestManagement } = await import('../../../src/platform/extensions.ts');

const ext = (id: string, perms: string[], over: Record<string, unknown> = {}) => ({ id, name: `Ext ${id}`, enabled: true, permissions: perms, type: 'extension', ...over });

describe('interfering extensions', () => {
  it('lists the enabled ones that can block, rewrite or reroute requests, with only those permissions', () => {
    const all = [
      ext('blocker', ['storage', 'declarativeNetRequest']),
      ext('proxy', ['proxy', 'tabs']),
      ext('reader', ['tabs', 'storage']),
      ext('off', ['webRequestBlocking'], { enabled: false }),
      ext('self', ['webRequestBlocking']),
      ext('theme', ['declarativeNetRequest'], { type: 'theme' }),
    ];
    expect(interfering(all, 'self')).toEqual([
      { id: 'blocker', name: 'Ext blocker', permissions: ['declarativeNetRequest'] },
      { id: 'proxy', name: 'Ext proxy', permissions: ['proxy'] },
    ]);
  });
});

describe('the management permission', () => {
  beforeEach(() => vi.clearAllMocks());

  it('is asked for management only, and a refusal reads as false', async () => {
    permissions.request.mockRejectedValueOnce(new Error('not in a gesture'));
    expect(await requestManagement()).toBe(false);
    expect(permissions.request).toHaveBeenCalledWith({ permissions: ['management'] });
  });

  it('lists nothing without it, and never calls management.getAll', async () => {
    permissions.contains.mockResolvedValue(false);
    expect(await listInterfering()).toBeNull();
    expect(management.getAll).not.toHaveBeenCalled();
  });

  it('lists with it', async () => {
    permissions.contains.mockResolvedValue(true);
    management.getAll.mockResolvedValue([ext('a', ['webRequestBlocking'])]);
    expect(await listInterfering()).toEqual([{ id: 'a', name: 'Ext a', permissions: ['webRequestBlocking'] }]);
  });
});
