package org.aden.common.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdentitySetTest {
    @Test
    void behavesLikeAHashSetUnderRandomAddsAndRemoves() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<Object> pool = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            pool.add(new Object());
        }
        IdentitySet<Object> set = new IdentitySet<>();
        Set<Object> reference = new HashSet<>();
        for (int step = 0; step < 200_000; step++) {
            Object o = pool.get(rnd.nextInt(pool.size()));
            switch (rnd.nextInt(3)) {
                case 0, 1 -> assertEquals(reference.add(o), set.add(o));
                default -> assertEquals(reference.remove(o), set.remove(o));
            }
            if (step % 997 == 0) {
                assertEquals(reference.size(), set.size());
                for (Object p : pool) {
                    assertEquals(reference.contains(p), set.contains(p));
                }
                assertEquals(reference, new HashSet<>(set));
            }
        }
    }

    @Test
    void keepsInsertionOrderUntilARemoveMovesTheLastElement() {
        IdentitySet<String> set = new IdentitySet<>();
        String a = "a", b = "b", c = "c", d = "d";
        set.add(a);
        set.add(b);
        set.add(c);
        set.add(d);
        assertEquals(List.of(a, b, c, d), new ArrayList<>(set));
        set.remove(b);
        assertEquals(List.of(a, d, c), new ArrayList<>(set));
    }

    @Test
    void comparesByIdentity() {
        IdentitySet<String> set = new IdentitySet<>();
        String one = new String("x");
        String two = new String("x");
        assertTrue(set.add(one));
        assertTrue(set.add(two));
        assertFalse(set.add(one));
        assertEquals(2, set.size());
    }

    @Test
    void iteratorRemovesAndVisitsEveryElementOnce() {
        IdentitySet<Integer> set = new IdentitySet<>();
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Integer v = Integer.valueOf(i * 1000 + 1000); // distinct identities (beyond the cache)
            values.add(v);
            set.add(v);
        }
        List<Integer> seen = new ArrayList<>();
        for (Iterator<Integer> it = set.iterator(); it.hasNext(); ) {
            Integer v = it.next();
            seen.add(v);
            if (v % 2000 == 0) {
                it.remove();
            }
        }
        assertEquals(100, seen.size());
        assertEquals(new HashSet<>(values), new HashSet<>(seen));
        assertEquals(50, set.size());
        set.forEach(v -> assertTrue(v % 2000 != 0));
    }

    @Test
    void iterationFailsFastOnAChangeFromOutside() {
        IdentitySet<Object> set = new IdentitySet<>();
        set.add(new Object());
        set.add(new Object());
        Iterator<Object> it = set.iterator();
        it.next();
        set.add(new Object());
        assertThrows(ConcurrentModificationException.class, it::next);
    }
}
