import { createHash } from 'node:crypto';

/**
 * The key under which a chat's state (active assessment, dedupe of replies) is stored. It was the
 * bare Teams conversation id, so whoever first posted into an id owned it for good (issue 19).
 * It now binds the tenant, the conversation and the signed-in user: a 1:1 Teams chat has exactly
 * one user, so nothing is lost for the real owner, and nobody else's messages can reach or block
 * that state. Hashed so its length is fixed and it reveals none of its parts in logs.
 */
export interface ConversationParts {
  tenantId: string | undefined;
  conversationId: string;
  userId: string;
}

export function conversationKey(p: ConversationParts): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([p.tenantId ?? '', p.conversationId, p.userId]))
    .digest('base64url');
  return `c1:${digest.slice(0, 32)}`;
}
