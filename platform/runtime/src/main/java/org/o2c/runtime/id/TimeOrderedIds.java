package org.o2c.runtime.id;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids for documents, accounts and events: UUID version 7 (RFC 9562), the creation time in milliseconds followed
 * by 74 random bits. Ids made later sort later, so PostgreSQL adds them at the right edge of its B-tree indexes
 * instead of on a random page of a large index; at millions of rows that is the difference between writing a few
 * index pages and rewriting most of them. The random bits keep ids unguessable.
 */
public final class TimeOrderedIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long most = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 // 48 bits of time
                | 0x7000L // version 7
                | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL); // 12 random bits
        long least = 0;
        for (int i = 2; i < 10; i++) {
            least = least << 8 | (random[i] & 0xFFL);
        }
        least = 0x8000_0000_0000_0000L | (least & 0x3FFF_FFFF_FFFF_FFFFL); // variant 10, 62 random bits
        return new UUID(most, least);
    }
}
