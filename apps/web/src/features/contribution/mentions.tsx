import { createContext, useContext } from 'react';

export interface Mentionable {
  id: string;
  displayName: string;
}

/** The cohort's people a comment can @mention (the prompt page provides them). */
export const MentionableContext = createContext<Mentionable[]>([]);

export function useMentionable(): Mentionable[] {
  return useContext(MentionableContext);
}

/** Ids of the people whose `@Name` is still in the text (mentions deleted while editing drop out). */
export function mentionedIds(body: string, picked: Mentionable[]): string[] {
  return [...new Set(picked.filter((p) => body.includes(`@${p.displayName}`)).map((p) => p.id))];
}
