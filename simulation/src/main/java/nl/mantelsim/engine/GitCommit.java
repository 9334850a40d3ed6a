package nl.mantelsim.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The git commit of the code that ran, for the manifest; "-dirty" when the work tree has uncommitted changes. */
public final class GitCommit {
    private GitCommit() {}

    public static String of(Path projectRoot) {
        String env = System.getenv("MANTELSIM_GIT_COMMIT");
        if (env != null && !env.isBlank()) return env.trim();
        String head = git(projectRoot, "rev-parse", "HEAD");
        if (head == null || head.isBlank()) return "unknown";
        String status = git(projectRoot, "status", "--porcelain", "--untracked-files=no");
        return head.trim() + (status != null && !status.isBlank() ? "-dirty" : "");
    }

    private static String git(Path dir, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
