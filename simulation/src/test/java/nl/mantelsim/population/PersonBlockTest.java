package nl.mantelsim.population;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * The column-wise copy used by deaths, births and migration keeps every column, also ones added later, and links
 * (the int columns) follow the persons they point at.
 */
class PersonBlockTest {
    /** A link after the gather: the first row copied from the person linked to, or -1 when that person was left out. */
    private static int relinked(int link, int[] source, int n) {
        if (link < 0) return -1;
        for (int j = 0; j < n; j++) if (source[j] == link) return j;
        return -1;
    }

    private static Object expected(Object from, int[] source, int n, int j) {
        if (source[j] < 0) return from instanceof long[] ? (Object) (-1L) : from instanceof int[] ? (Object) (-1)
                : Array.get(Array.newInstance(from.getClass().getComponentType(), 1), 0);
        Object v = Array.get(from, source[j]);
        return from instanceof int[] ? (Object) relinked((Integer) v, source, n) : v;
    }

    private static PersonBlock filled(int n) throws IllegalAccessException {
        PersonBlock b = new PersonBlock(0, 0, 0, n);
        for (int i = 0; i < n; i++) b.appendNew(100 + i, PersonBlock.FEMALE, 30);
        // Give every column of every person a distinct non-zero value.
        for (Field f : PersonBlock.class.getFields()) {
            if (!f.getType().isArray() || java.lang.reflect.Modifier.isFinal(f.getModifiers())) continue;
            Object a = f.get(b);
            for (int i = 0; i < n; i++) {
                if (a instanceof long[] x) x[i] = 1000L * (i + 1) + f.getName().length();
                else if (a instanceof byte[] x) x[i] = (byte) (i + 1);
                else if (a instanceof short[] x) x[i] = (short) (i + 2);
                else if (a instanceof float[] x) x[i] = i + 0.5f;
                else if (a instanceof int[] x) x[i] = (3 * i + f.getName().length()) % (n + 1) - 1; // a link: a row or -1
                else fail("a column of a type this test does not know: " + f.getName());
            }
        }
        return b;
    }

    @Test
    void gatherCopiesEveryColumnAndMakesNewPersonsLikeAppendNew() throws IllegalAccessException {
        PersonBlock b = filled(5);
        PersonBlock g = b.gather(new int[] {4, -1, 0, 0}, 4);
        assertEquals(4, g.size());
        int columns = 0;
        for (Field f : PersonBlock.class.getFields()) {
            if (!f.getType().isArray() || java.lang.reflect.Modifier.isFinal(f.getModifiers())) continue;
            columns++;
            Object from = f.get(b), to = f.get(g);
            assertEquals(4, Array.getLength(to), f.getName() + " has no spare capacity");
            int[] source = {4, -1, 0, 0};
            for (int j : new int[] {0, 2, 3}) assertEquals(expected(from, source, 4, j), Array.get(to, j), f.getName() + " row " + j);
            Object fresh = Array.get(to, 1);
            if (to instanceof long[]) assertEquals(-1L, fresh, f.getName() + ": an id column of a new person");
            else if (to instanceof int[]) assertEquals(-1, fresh, f.getName() + ": a new person's link");
            else assertEquals(0.0, ((Number) fresh).doubleValue(), f.getName() + ": a new person's value");
        }
        assertTrue(columns >= 28, "all person columns seen: " + columns);
    }

    /**
     * The gather against its row-by-row definition, on sources like those of deaths, births and migration (gaps,
     * repeated rows, new persons, singly and in runs).
     */
    @Test
    void gatherEqualsTheRowByRowCopyOnSourcesWithGapsRepeatsAndNewPersons() throws IllegalAccessException {
        PersonBlock b = filled(200);
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int[] source = new int[400];
            int n = 0;
            for (int i = 0; i < b.size() && n < source.length - 3; i++) {
                int u = random.nextInt(20);
                if (u == 0) continue;                       // died or left
                source[n++] = i;
                if (u == 1) source[n++] = i;                // an immigrant copying i
                if (u == 2) source[n++] = -1;               // a newborn after its mother
                if (u == 3) { source[n++] = -1; source[n++] = -1; }
            }
            if (trial % 3 == 0) source[0] = -1;             // a new person first
            PersonBlock g = b.gather(source, n);
            assertEquals(n, g.size());
            for (Field f : PersonBlock.class.getFields()) {
                if (!f.getType().isArray() || java.lang.reflect.Modifier.isFinal(f.getModifiers())) continue;
                Object from = f.get(b), to = f.get(g);
                assertEquals(n, Array.getLength(to), f.getName());
                for (int j = 0; j < n; j++) {
                    assertEquals(expected(from, source, n, j), Array.get(to, j), f.getName() + " row " + j + " of trial " + trial);
                }
            }
        }
    }

    @Test
    void forScenarioIsAFullCopyThatSharesNoArray() throws IllegalAccessException {
        PersonBlock b = filled(3);
        PersonBlock c = b.forScenario(2);
        assertEquals(2, c.scenario);
        for (Field f : PersonBlock.class.getFields()) {
            if (!f.getType().isArray() || java.lang.reflect.Modifier.isFinal(f.getModifiers())) continue;
            assertNotSame(f.get(b), f.get(c), f.getName());
            for (int i = 0; i < 3; i++) assertEquals(Array.get(f.get(b), i), Array.get(f.get(c), i), f.getName());
        }
    }
}
