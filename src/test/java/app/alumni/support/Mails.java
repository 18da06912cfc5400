package app.alumni.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** Reading what the service sent to the test SMTP server. */
public final class Mails {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Mails() {
    }

    /** The mails to {@code address} so far. */
    public static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits until {@code address} has received {@code count} mails (failing after 30 seconds) and returns them. */
    public static List<MimeMessage> await(GreenMail smtp, String address, int count) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<MimeMessage> received = to(smtp, address);
        while (received.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " mails to " + address + ", got " + received.size());
            }
            pause();
            received = to(smtp, address);
        }
        return received;
    }

    /** The newest of the first {@code count} mails to {@code address}, waited for. */
    public static MimeMessage awaitNth(GreenMail smtp, String address, int count) {
        return await(smtp, address, count).get(count - 1);
    }

    /** Waits (up to 30 seconds) for the first mail to {@code address} with this subject. */
    public static MimeMessage awaitSubject(GreenMail smtp, String address, String subject) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            for (MimeMessage m : to(smtp, address)) {
                if (subject.equals(subject(m))) {
                    return m;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no mail \"" + subject + "\" to " + address + "; received "
                        + to(smtp, address).stream().map(Mails::subject).toList() + "; outbox " + outbox(address));
            }
            pause();
        }
    }

    /** The outbox rows to an address, for a failure message: was the mail written, tried, sent, and when. */
    static List<String> outbox(String address) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", null);
                PreparedStatement s = c.prepareStatement("select template, status, attempts, last_error, created_at, sent_at"
                        + " from alumni_test.mail_outbox where recipient = ? order by created_at")) {
            s.setString(1, address);
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2) + " attempts=" + r.getInt(3) + " error=" + r.getString(4) + " created="
                            + r.getString(5) + " sent=" + r.getString(6));
                }
            }
            return rows;
        } catch (SQLException e) {
            return List.of("(outbox not readable: " + e.getMessage() + ")");
        }
    }

    /** Waits a moment and checks that no further mail reached {@code address}. */
    public static List<MimeMessage> settled(GreenMail smtp, String address) {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return to(smtp, address);
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part. */
    public static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    /** The HTML part. */
    public static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    /** The secret of the link in the mail ({@code token=} query parameter). */
    public static String token(MimeMessage m) {
        Matcher matcher = TOKEN.matcher(text(m));
        if (!matcher.find()) {
            throw new AssertionError("no token link in: " + text(m));
        }
        return matcher.group(1);
    }

    public static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(MimeMessage m, String type) {
        try {
            String found = find(m.getContent(), type);
            if (found == null) {
                throw new AssertionError("no " + type + " part");
            }
            return found;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String type) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
                String inner = find(part.getContent(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            return m.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
