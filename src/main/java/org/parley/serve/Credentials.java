package org.parley.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * A user name and password for the server's write endpoint, checked with HTTP Basic authentication.
 * <p>
 * The password comes from a file (--password-file, else $PARLEY_PASSWORD_FILE) or from $PARLEY_PASSWORD, never
 * from the command line, where other users of the machine could read it. It appears in no message, log line or
 * {@link #toString()}.
 */
public final class Credentials {
    public static final String DEFAULT_USER = "parley";
    public static final String PASSWORD_VARIABLE = "PARLEY_PASSWORD";
    public static final String PASSWORD_FILE_VARIABLE = "PARLEY_PASSWORD_FILE";

    private final String user;
    private final byte[] password;

    private Credentials(String user, byte[] password) {
        this.user = user;
        this.password = password;
    }

    /**
     * @throws IllegalArgumentException for a user name Basic authentication cannot carry, or an empty password
     */
    public static Credentials of(String user, String password) {
        if (user == null || user.isEmpty() || user.contains(":")) {
            throw new IllegalArgumentException("the user name must be non-empty and without ':'");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
        return new Credentials(user, password.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The configured credentials: the password from the file (if given), else the file named by
     * $PARLEY_PASSWORD_FILE, else $PARLEY_PASSWORD; empty when none is set.
     *
     * @param passwordFile the --password-file option, or null
     * @param environment  the process environment ({@link System#getenv()})
     * @throws IllegalArgumentException naming the file (never its content) when it cannot be read or is empty
     */
    public static Optional<Credentials> configured(String user, Path passwordFile, Map<String, String> environment) {
        Path file = passwordFile;
        String source = "--password-file " + passwordFile;
        if (file == null && nonEmpty(environment.get(PASSWORD_FILE_VARIABLE))) {
            file = Path.of(environment.get(PASSWORD_FILE_VARIABLE));
            source = "$" + PASSWORD_FILE_VARIABLE + " (" + file + ")";
        }
        String password;
        if (file != null) {
            try {
                password = stripLineEnd(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the password file " + source + ": " + reason(e), e);
            }
            if (password.isEmpty()) {
                throw new IllegalArgumentException("the password file " + source + " is empty");
            }
        } else if (nonEmpty(environment.get(PASSWORD_VARIABLE))) {
            password = environment.get(PASSWORD_VARIABLE);
        } else {
            return Optional.empty();
        }
        return Optional.of(of(user, password));
    }

    public String user() {
        return user;
    }

    /** The value of an Authorization header that carries these credentials. */
    public String authorization() {
        byte[] userPass = concat((user + ":").getBytes(StandardCharsets.UTF_8), password);
        return "Basic " + Base64.getEncoder().encodeToString(userPass);
    }

    /** True when the Authorization header carries these credentials; compared in constant time. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = concat((user + ":").getBytes(StandardCharsets.UTF_8), password);
        boolean same = MessageDigest.isEqual(given, expected);
        Arrays.fill(given, (byte) 0);
        Arrays.fill(expected, (byte) 0);
        return same;
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=(hidden)]";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Why a file could not be read, without its content (which an exception message never holds anyway). */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName();
    }

    /** A password file usually ends with a newline the password does not have. */
    private static String stripLineEnd(String text) {
        return text.replaceFirst("\\R+\\z", "");
    }

    private static boolean nonEmpty(String value) {
        return value != null && !value.isEmpty();
    }
}
