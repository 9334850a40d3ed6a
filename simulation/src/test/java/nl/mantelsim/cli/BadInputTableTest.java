package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.mantelsim.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input, through the command line as a user meets it: exit code 2, a message that names the
 * file (with line and field where there is one), and no run folder. One table of cases; each breaks one thing
 * in a fresh copy of data/ (or passes one bad option) and says where the message must point.
 */
class BadInputTableTest {
    @TempDir Path tmp;

    @BeforeAll
    static void spark() {
        TestData.spark(); // a case that wrongly got as far as running would borrow it rather than start one
    }

    /** Breaks something in the data copy; returns extra command-line options (usually none). */
    interface Breakage {
        List<String> apply(Path data) throws IOException;
    }

    /** A case: what is broken, and where the message must point (file; line and field when > 0 / non-null). */
    record Case(String name, Breakage breakage, String file, int line, String field) {
        @Override public String toString() { return name; }
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        String pop = "data/demography/population.csv", mort = "data/demography/mortality.csv",
                fert = "data/demography/fertility.csv", mig = "data/demography/migration.csv",
                totals = "data/demography/projection_totals_wpp2024.csv", prev = "data/care-labour/carer_prevalence_scp.csv",
                intens = "data/care-labour/carer_intensity_scp.csv", lab = "data/care-labour/labour_participation.csv",
                hours = "data/care-labour/working_hours.csv", recv = "data/care-labour/care_receivers_cbs.csv",
                recvHours = "data/care-labour/care_receivers_hours.csv", policy = "data/care-labour/policy_parameters.csv",
                bijstand = "data/care-labour/bijstand.csv", effects = "data/care-labour/care_and_work_effects.csv",
                params = "data/model/parameters.csv", plan = "data/plans/default.yaml", leave = "data/scenarios/paid-leave.yaml";

        // Data tables: types, ranges, shapes, keys, encodings.
        c.add(new Case("a count that is not a number", d -> setField(d, pop, 3, "count", "many"), pop, 3, "count"));
        c.add(new Case("a negative count", d -> setField(d, pop, 2, "count", "-418070"), pop, 2, "count"));
        c.add(new Case("a fractional age", d -> setField(d, pop, 4, "age", "10.5"), pop, 4, "age"));
        c.add(new Case("a missing column", d -> setLine(d, mort, 1, read(d, mort).get(0).replace("\"mx\"", "\"m_x\"")), mort, 1, "mx"));
        c.add(new Case("a probability above 1", d -> setField(d, mort, 5, "q1_derived", "1.5"), mort, 5, "q1_derived"));
        c.add(new Case("a row with a field missing", d -> setLine(d, fert, 4, dropLastField(read(d, fert).get(3))), fert, 4, null));
        c.add(new Case("a duplicated fertility key", d -> append(d, fert, read(d, fert).get(1)), fert, 212, "year_mid,age"));
        c.add(new Case("a text where net migration belongs", d -> setField(d, mig, 5, "net", "lots"), mig, 5, "net"));
        c.add(new Case("a duplicated migration key (would be counted twice)", d -> append(d, mig, read(d, mig).get(2)), mig, 7678, "year,sex,age"));
        c.add(new Case("a sex that is neither male nor female", d -> setField(d, mig, 2, "sex", "\"x\""), mig, 2, "sex"));
        c.add(new Case("a total that disagrees with male + female", d -> setField(d, totals, 3, "total_median", "18401000"), totals, 3, "total_median"));
        c.add(new Case("an empty file", d -> write(d, totals, ""), totals, 1, null));
        c.add(new Case("a header without rows", d -> write(d, totals, read(d, totals).get(0) + "\n"), totals, 2, null));
        c.add(new Case("a share above 1", d -> setField(d, prev, 2, "share", "1.28"), prev, 2, "share"));
        c.add(new Case("carer totals by sex and by age that disagree", d -> setField(d, prev, lineStarting(d, prev, "scp_broad,sex,female"), "share", "0.60"), prev, 0, null));
        c.add(new Case("a share above 1 in a long table whose unit says share", d -> setField(d, intens, 4, "value", "1.9"), intens, 4, "value"));
        c.add(new Case("a participation rate above 1", d -> setField(d, lab, 3, "value", "1.2"), lab, 3, "value"));
        c.add(new Case("a year that is not a number", d -> setField(d, lab, 2, "year", "2016a"), lab, 2, "year"));
        c.add(new Case("negative working hours", d -> setField(d, hours, 3, "value", "-36"), hours, 3, "value"));
        c.add(new Case("a renamed share column", d -> setLine(d, recv, 1, "sex,age_group,share,year,source"), recv, 1, "share_receiving_informal_care"));
        c.add(new Case("a file that is not UTF-8", d -> latin1(d, recv, 3, "female,55-64,0.056,2022,\"CBS Gezondheidsenquête\""), recv, 3, null));
        c.add(new Case("an unbalanced quote in a row", d -> setLine(d, recvHours, 3, "mean_informal_care_hours_received_75plus,20.1,hours/week,2019,\"CBS"), recvHours, 3, null));
        c.add(new Case("an empty required value", d -> setField(d, policy, 2, "unit", ""), policy, 2, "unit"));
        c.add(new Case("a duplicated policy parameter", d -> setLine(d, policy, 3, read(d, policy).get(1)), policy, 3, "parameter,valid_from"));
        c.add(new Case("an unbalanced quote in the header", d -> setLine(d, bijstand, 1, "measure,sex,\"age_group,value,unit,year,source"), bijstand, 1, null));
        c.add(new Case("a value that is not a number", d -> setField(d, effects, 2, "value", "n/a"), effects, 2, "value"));
        c.add(new Case("a parameter defined twice", d -> append(d, params, read(d, params).get(1)), params,
                linesOf(params) + 1, "name"));
        c.add(new Case("a parameter outside its own range", d -> setField(d, params, 2, "value", "0.99"), params, 2, "value"));
        c.add(new Case("a parameter whose min is above its max", d -> setField(d, params, 2, "min", "0.96"), params, 2, "min"));
        c.add(new Case("a missing table", d -> { Files.delete(d.resolve("demography/mortality.csv")); return List.of(); }, mort, 0, null));

        // Scenario files.
        c.add(new Case("an unknown lever", d -> write(d, leave, "name: paid-leave\nlevers:\n  basic_income:\n    enabled: true\n"), leave, 4, "levers.basic_income.enabled"));
        c.add(new Case("a misspelled lever parameter", d -> write(d, leave, "name: paid-leave\nlevers:\n  paid_leave:\n    enabled: true\n    wekes: 8\n"), leave, 5, "levers.paid_leave.wekes"));
        c.add(new Case("negative leave weeks", d -> write(d, leave, "name: paid-leave\nlevers:\n  paid_leave:\n    weeks: -2\n"), leave, 4, "levers.paid_leave.weeks"));
        c.add(new Case("a lever value that is not a number", d -> write(d, leave, "name: paid-leave\nlevers:\n  paid_leave:\n    pay_rate: high\n"), leave, 4, "levers.paid_leave.pay_rate"));
        c.add(new Case("a list where one value belongs", d -> write(d, leave, "name: paid-leave\nlevers:\n  paid_leave:\n    weeks: [4, 8]\n"), leave, 4, "levers.paid_leave.weeks"));
        c.add(new Case("a scenario named unlike its file", d -> write(d, leave, "name: paid-leaf\n"), leave, 1, "name"));
        c.add(new Case("an unknown scenario key", d -> write(d, leave, "name: paid-leave\nleverz:\n  x: 1\n"), leave, 3, "leverz.x"));
        c.add(new Case("a model parameter set by a scenario", d -> write(d, leave, "name: paid-leave\nassumptions:\n  care.stop_rate: 0.3\n"), leave, 3, "assumptions.care.stop_rate"));
        c.add(new Case("a pdf flag that is not true or false", d -> write(d, plan, "name: x\nscenarios: [baseline]\npdf: maybe\n"), plan, 3, "pdf"));
        c.add(new Case("a key given twice", d -> write(d, leave, "name: paid-leave\nlevers:\n  paid_leave:\n    weeks: 4\n    weeks: 8\n"), leave, 5, "levers.paid_leave.weeks"));
        c.add(new Case("a scenario that is not YAML", d -> write(d, leave, "name: paid-leave\nlevers: [unclosed\n"), leave, 2, null));
        c.add(new Case("an empty scenario file", d -> write(d, leave, ""), leave, 1, null));
        c.add(new Case("a scenario file that is not UTF-8", d -> latin1(d, leave, 2, "description: Zorgverlof voor mantelzorgers (één week)"), leave, 2, null));

        // Plan files.
        c.add(new Case("a plan not starting with baseline", d -> write(d, plan, "name: x\nscenarios:\n  - paid-leave\n  - baseline\n"), plan, 3, "scenarios"));
        c.add(new Case("a scenario listed twice", d -> write(d, plan, "name: x\nscenarios:\n  - baseline\n  - combined\n  - combined\n"), plan, 3, "scenarios"));
        c.add(new Case("a scenario without a file", d -> write(d, plan, "name: x\nscenarios:\n  - baseline\n  - basic-income\n"), plan, 0, null));
        c.add(new Case("a scenario name that is a path", d -> write(d, plan, "name: x\nscenarios:\n  - baseline\n  - ../plans/default\n"), plan, 3, "scenarios"));
        c.add(new Case("a plan without scenarios", d -> write(d, plan, "name: x\nseed: 1\n"), plan, 1, "scenarios"));
        c.add(new Case("an unknown plan key", d -> write(d, plan, "name: x\nscenarios: [baseline]\nyears: 20\n"), plan, 3, "years"));
        c.add(new Case("until out of range in a plan", d -> write(d, plan, "name: x\nscenarios: [baseline]\nuntil: 2070\n"), plan, 3, "until"));
        c.add(new Case("scale 0 in a plan", d -> write(d, plan, "name: x\nscenarios: [baseline]\nscale: 0\n"), plan, 3, "scale"));
        c.add(new Case("fractional replications in a plan", d -> write(d, plan, "name: x\nscenarios: [baseline]\nreplications: 1.5\n"), plan, 3, "replications"));
        c.add(new Case("a sensitivity scenario not in the plan", d -> write(d, plan, "name: x\nscenarios: [baseline, combined]\nsensitivity:\n  scenario: paid-leave\n"), plan, 4, "sensitivity.scenario"));
        c.add(new Case("a sensitivity parameter that is not assumed", d -> write(d, plan, "name: x\nscenarios: [baseline, combined]\nsensitivity:\n  scenario: combined\n  parameters: [fte.hours]\n"), plan, 5, "sensitivity.parameters"));
        c.add(new Case("a sensitivity with no replications", d -> write(d, plan, "name: x\nscenarios: [baseline, combined]\nsensitivity:\n  scenario: combined\n  replications: 0\n"), plan, 5, "sensitivity.replications"));
        c.add(new Case("a sensitivity of the reference itself", d -> List.of("--sensitivity", "baseline"), "command line", 0, "--sensitivity"));
        c.add(new Case("a plan file that does not exist", d -> List.of("--plan", d.resolve("plans/nowhere.yaml").toString()), "data/plans/nowhere.yaml", 0, null));

        // A cell the age margin needs: the women aged 40-44 removed from the CBS population table.
        c.add(new Case("an age group the population margin needs is missing", d -> {
            List<String> lines = new ArrayList<>(read(d, pop));
            lines.remove(9);
            return write(d, pop, String.join("\n", lines) + "\n");
        }, pop, 0, null));

        // Households by size that the persons by position cannot make (HouseholdRules' household-level solve).
        String households = "data/care-labour/households.csv";
        c.add(new Case("households of 2 persons too few for the couples without children", d -> setField(d, households, 23, "value", "100000"),
                households, 23, "value"));

        // Command-line options.
        c.add(new Case("an unknown option", d -> List.of("--scael", "0.1"), "--scael", 0, null));
        c.add(new Case("a seed that is not a number", d -> List.of("--seed", "abc"), "--seed", 0, null));
        c.add(new Case("a run id with a path separator", d -> List.of("--run-id", "../escaped"), "command line", 0, "--run-id"));
        c.add(new Case("a run id with a slash inside", d -> List.of("--run-id", "a/b"), "command line", 0, "--run-id"));
        c.add(new Case("a run id that is the latest link", d -> List.of("--run-id", "latest"), "command line", 0, "--run-id"));
        c.add(new Case("a hidden run id (a staging name)", d -> List.of("--run-id", ".incomplete-x"), "command line", 0, "--run-id"));
        c.add(new Case("until after 2060", d -> List.of("--until", "2070"), "command line", 0, "--until"));
        c.add(new Case("until before the base year", d -> List.of("--until", "2020"), "command line", 0, "--until"));
        c.add(new Case("scale 0", d -> List.of("--scale", "0"), "command line", 0, "--scale"));
        c.add(new Case("scale not a number", d -> List.of("--scale", "NaN"), "command line", 0, "--scale"));
        c.add(new Case("partitions 0", d -> List.of("--partitions", "0"), "command line", 0, "--partitions"));
        c.add(new Case("a block size below 1000", d -> List.of("--block-size", "10"), "command line", 0, "--block-size"));
        c.add(new Case("zero replications", d -> List.of("--replications", "0"), "command line", 0, "--replications"));
        c.add(new Case("a batch of no persons", d -> List.of("--persons-per-batch", "0"), "command line", 0, "--persons-per-batch"));
        c.add(new Case("a data folder that does not exist", d -> List.of("--data", d.resolveSibling("nowhere").toString()), "nowhere", 0, null));
        c.add(new Case("an output folder that is a file", d -> List.of("--out", Files.writeString(d.resolveSibling("a-file"), "x").toString()), "a-file", 0, "--out"));
        c.add(new Case("an output folder inside a file", d -> List.of("--out", Files.writeString(d.resolveSibling("b-file"), "x").resolve("reports").toString()), "b-file", 0, "--out"));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputExitsWithTwoNamesTheSpotAndWritesNothing(Case k) throws IOException {
        Path data = TestData.copyOfData(tmp);
        Path reports = tmp.resolve("reports");
        // A case's options (always name and value) replace the defaults of the same name.
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--scale", "0.001");
        options.put("--until", "2022");
        options.put("--run-id", "refused");
        options.put("--out", reports.toString());
        options.put("--data", data.toString());
        options.put("--plan", data.resolve("plans/default.yaml").toString());
        List<String> extra = k.breakage().apply(data);
        for (int i = 0; i < extra.size(); i += 2) options.put(extra.get(i), extra.get(i + 1));
        List<String> args = new ArrayList<>(List.of("run"));
        options.forEach((name, value) -> args.addAll(List.of(name, value)));
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(err, true), args.toArray(String[]::new));
        String message = err.toString();

        assertEquals(2, code, message);
        assertTrue(message.contains(k.file()), "names " + k.file() + ": " + message);
        if (k.line() > 0) {
            assertTrue(message.contains("line " + k.line() + ",") || message.contains("line " + k.line() + ":"),
                    "names line " + k.line() + ": " + message);
        }
        if (k.field() != null) assertTrue(message.contains("field '" + k.field() + "'"), "names field " + k.field() + ": " + message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
        assertTrue(!Files.exists(reports) || isEmpty(reports), "nothing written in " + reports);
    }

    @Test
    void theTableHoldsAtLeastThirtyDistinctCases() {
        List<Case> all = cases().toList();
        assertTrue(all.size() >= 30, "cases: " + all.size());
        assertEquals(all.size(), all.stream().map(Case::name).distinct().count(), "names are distinct");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    // --- editing a copy of data/ -----------------------------------------------------------------------------

    private static Path file(Path data, String display) {
        return data.resolve(display.substring("data/".length()));
    }

    private static List<String> read(Path data, String display) throws IOException {
        return Files.readAllLines(file(data, display));
    }

    private static List<String> write(Path data, String display, String text) throws IOException {
        Files.writeString(file(data, display), text);
        return List.of();
    }

    private static List<String> setLine(Path data, String display, int n, String text) throws IOException {
        List<String> lines = new ArrayList<>(read(data, display));
        lines.set(n - 1, text);
        Files.write(file(data, display), lines);
        return List.of();
    }

    private static List<String> append(Path data, String display, String text) throws IOException {
        Files.writeString(file(data, display), text + "\n", java.nio.file.StandardOpenOption.APPEND);
        return List.of();
    }

    /** Replaces line n with text encoded as ISO-8859-1, as a spreadsheet saving "Windows" CSV would. */
    private static List<String> latin1(Path data, String display, int n, String text) throws IOException {
        List<String> lines = new ArrayList<>(read(data, display));
        while (lines.size() < n) lines.add("");
        lines.set(n - 1, text);
        Files.write(file(data, display), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        return List.of();
    }

    private static int lineStarting(Path data, String display, String prefix) throws IOException {
        List<String> lines = read(data, display);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i + 1;
        throw new IllegalArgumentException("no line starting with " + prefix + " in " + display);
    }

    /** Sets one field of line n, found by the header's column name; quoted fields elsewhere are kept as they are. */
    private static List<String> setField(Path data, String display, int n, String column, String value) throws IOException {
        List<String> lines = read(data, display);
        List<String> header = splitKeepingQuotes(lines.get(0));
        int col = header.stream().map(h -> h.replace("\"", "")).toList().indexOf(column);
        if (col < 0) throw new IllegalArgumentException(column + " not in " + header);
        List<String> fields = splitKeepingQuotes(lines.get(n - 1));
        fields.set(col, value);
        return setLine(data, display, n, String.join(",", fields));
    }

    private static String dropLastField(String line) {
        List<String> f = splitKeepingQuotes(line);
        return String.join(",", f.subList(0, f.size() - 1));
    }

    private static List<String> splitKeepingQuotes(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') quoted = !quoted;
            if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(ch);
        }
        out.add(cur.toString());
        return out;
    }

    /** Lines of a shipped data file: a row appended to it has the next line number. */
    private static int linesOf(String dataFile) {
        try {
            return Files.readAllLines(TestData.DATA.resolve(dataFile.replaceFirst("^data/", ""))).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The benchmark's own options: its shortest run steps two years (a last year of 2021 is the base population
     * alone), its warm-up passes, each as long as the measured one, are counted from 0 to 5, and its rounds of
     * local[1] against local[2] from 0 to 10.
     */
    @ParameterizedTest
    @CsvSource({"--years, 1, outside 2..", "--warm-up, 6, outside 0..5", "--warm-up, -1, outside 0..5",
            "--pairs, 11, outside 0..10", "--pairs, -1, outside 0..10"})
    void benchRefusesItsOptionsOutOfRange(String option, String value, String message) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(err, true), "bench", option, value);
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(option) && err.toString().contains(message), err.toString());
    }

    /** The rounds of local[1] against local[2] choose their masters themselves: a --master with them is refused. */
    @ParameterizedTest
    @CsvSource({"--master, local[2], --master", "--kernel-threads, 2, --kernel-threads"})
    void benchPairsRefuseAMasterOrThreadsOfTheirOwn(String option, String value, String named) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(err, true), "bench", "--pairs", "2", option, value);
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--pairs") && err.toString().contains("leave out " + named), err.toString());
    }
}
