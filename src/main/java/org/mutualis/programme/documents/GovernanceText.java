package org.mutualis.programme.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.mutualis.programme.BodyRole;
import org.mutualis.programme.DecisionStatus;
import org.mutualis.programme.MeetingPresence;
import org.mutualis.programme.MeetingStatus;

/** The French words of the governance documents (the minutes are published in French). */
public final class GovernanceText {

    public static final String MINUTES = "Compte rendu de réunion";
    public static final String REGISTER = "Registre des décisions";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");

    private GovernanceText() {}

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(@Nullable LocalDateTime at) {
        return at == null ? "" : DATE.format(at) + " à " + TIME.format(at);
    }

    public static String text(@Nullable String text) {
        return text == null ? "" : text;
    }

    public static String role(BodyRole role) {
        return switch (role) {
            case MARKET_COORDINATOR -> "Coordonnateur du marché";
            case GROUP_LEADER -> "Responsable de groupe";
            case CHAIR -> "Président";
            case MEMBER -> "Membre";
            case SECRETARY -> "Secrétaire de séance";
        };
    }

    public static String presence(@Nullable MeetingPresence presence) {
        if (presence == null) {
            return "non renseigné";
        }
        return switch (presence) {
            case PRESENT -> "présent";
            case EXCUSED -> "excusé";
            case ABSENT -> "absent";
        };
    }

    public static String status(MeetingStatus status) {
        return status == MeetingStatus.HELD ? "tenue" : "prévue";
    }

    public static String status(DecisionStatus status) {
        return switch (status) {
            case ADOPTED -> "adoptée";
            case ADJOURNED -> "ajournée";
            case REJECTED -> "rejetée";
        };
    }
}
