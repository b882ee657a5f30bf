package de.bund.partnerschaftsmonitor.deadline;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Date;
import java.util.Properties;

/** Sends one plain-text mail over the configured SMTP server (Jakarta Mail, Angus implementation). */
@Singleton
class ReminderMailer {

    private final ReminderSettings settings;

    ReminderMailer(ReminderSettings settings) {
        this.settings = settings;
    }

    /** {@code language} goes into Content-Language, so that mail clients and screen readers read the text right. */
    void send(String to, String subject, String text, String language) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        // A hanging server must not hold the job for ever.
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        switch (settings.tls()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            case TLS -> p.put("mail.smtp.ssl.enable", "true");
            case NONE -> { }
        }
        boolean auth = !settings.user().isEmpty();
        p.put("mail.smtp.auth", String.valueOf(auth));
        Session session = Session.getInstance(p);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Content-Language", language);
        if (auth) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }
}
