import type { Rng } from '../rng';
import { hashString } from '../rng';

/** The characters Kubernetes uses for generated names (no vowels, no look-alike digits). */
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

function safeEncode(value: number, length: number): string {
  let out = '';
  let h = value >>> 0;
  for (let i = 0; i < length; i++) {
    // Re-mix before every character (murmur3's finaliser), so no position settles on a fixed letter.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
    out += SAFE_ALPHABET[h % SAFE_ALPHABET.length];
  }
  return out;
}

/** The pod-template hash a Deployment puts in its pods' names; it follows the version. */
export function templateHash(service: string, version: string): string {
  return safeEncode(hashString(`${service}:${version}`), 10);
}

/** A pod name as a Deployment makes it: <service>-<template hash>-<5 random safe characters>. */
export function podName(service: string, version: string, names: Rng): string {
  const suffix = Array.from({ length: 5 }, () => SAFE_ALPHABET[names.int(SAFE_ALPHABET.length)]).join('');
  return `${service}-${templateHash(service, version)}-${suffix}`;
}

/** A stable private IP for a named thing, in 10.0.0.0/16 (what a pod or host "has" in the simulation). */
export function ipFor(name: string): string {
  const h = hashString(name);
  return `10.${(h >>> 16) & 0xff}.${(h >>> 8) & 0xff}.${(h & 0xfe) + 1}`;
}
