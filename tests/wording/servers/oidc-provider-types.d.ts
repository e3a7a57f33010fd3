// The few parts of panva/oidc-provider (which ships no types) that the wording test uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  interface Saved {
    save(): Promise<string>;
  }
  interface Client {
    clientId: string;
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    Client: { find(id: string): Promise<Client | undefined> };
    Grant: new (init: { accountId: string; clientId: string }) => Saved & { addOIDCScope(scope: string): void };
    AccessToken: new (init: { accountId: string; client: Client; grantId: string; scope: string; expiresIn?: number }) => Saved;
  }
}
