package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.mutualis.portal.AuthorizationMatrixTests.Expect.ALLOW;
import static org.mutualis.portal.AuthorizationMatrixTests.Expect.DENY;
import static org.mutualis.portal.AuthorizationMatrixTests.Expect.DENY_OR_HIDE;
import static org.mutualis.portal.AuthorizationMatrixTests.Expect.HIDE;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.ADMIN_ONLY;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.ANY_ACCOUNT;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.DESK_ANY;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.DESK_DASHBOARD;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.DESK_TERRITORY;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.INVITATIONS_READ;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.MEMBER_READ;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.OWN_COLLECTIVITY_READ;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.OWN_COLLECTIVITY_WRITE;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.PUBLIC;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.SIGNED_IN;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.STAFF;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.TERRITORY_READ;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.TERRITORY_WIDE;
import static org.mutualis.portal.AuthorizationMatrixTests.Rule.TOKEN_OWNER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mutualis.MutualisDbTest;
import org.mutualis.portal.HandlerRoutes.Route;
import org.mutualis.portal.RouteCalls.Outcome;
import org.mutualis.portal.RouteWorld.Persona;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of the application (every HTTP method) × every kind of visitor, with real ids: the
 * answer each one gets comes from {@link #TABLE}, the one place that says who may do what. A
 * route in the handler mappings but not in the table fails the build, and so does an entry of
 * the table that no longer matches a route. The ids always point at Botsorhel's side of the 2012
 * territory ({@link RouteWorld}): its own correspondent, a neighbour's correspondent (same EPCI)
 * and a correspondent of another EPCI show whether one collectivité reaches another's data.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

    /** What a visitor must get. */
    enum Expect {
        /** Anything but 401, 403, a redirection to the sign-in page or a 5xx. */
        ALLOW,
        /** 403. */
        DENY,
        /** 404: the application hides that the thing exists (and the administrator did get it). */
        HIDE,
        /** 403 or, where the application hides existence, 404 (the administrator did get it). */
        DENY_OR_HIDE
    }

    /**
     * Who may, as the application enforces it today (SecurityConfiguration, the services'
     * CurrentUser checks, TerritoryScope, Procurements.canRead). Columns: administrator, analyst,
     * elected official, Botsorhel's correspondent (the ids' own), Plougonven's correspondent (same
     * EPCI), a correspondent of another EPCI, a technician of the service centre. Anonymous visitors are sent to the sign-in page
     * (pages: 302 to /login; API and the answers' draft auto-save: 401) everywhere but {@link #PUBLIC}.
     */
    enum Rule {
        /** Sign-in page, invitation links (the link is the credential). */
        PUBLIC(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW),
        /** Anyone with an account, the service centre's technicians included: one's own account, the guide. */
        ANY_ACCOUNT(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW),
        /**
         * Any signed-in person of the census side: official territory data, lists the service
         * filters; not the service centre's technicians (SecurityConfiguration fences them in).
         */
        SIGNED_IN(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, DENY),
        /**
         * What an EPCI's census or savings show as a whole (correspondents get their own lines
         * only, filtered by the service); nothing of it for a correspondent of another EPCI.
         */
        TERRITORY_READ(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, DENY_OR_HIDE, DENY),
        /** Whole-territory progress: correspondents do not see who answered. */
        TERRITORY_WIDE(ALLOW, ALLOW, ALLOW, DENY, DENY, DENY, DENY),
        /** One collectivité's answers and files: itself, the staff, the elected officials. */
        OWN_COLLECTIVITY_READ(ALLOW, ALLOW, ALLOW, ALLOW, DENY, DENY_OR_HIDE, DENY),
        /** Changing one collectivité's answers: itself and the staff; elected officials only read. */
        OWN_COLLECTIVITY_WRITE(ALLOW, ALLOW, DENY, ALLOW, DENY, DENY_OR_HIDE, DENY),
        /** A campaign's invitations: the staff all, a correspondent their own; not elected officials. */
        INVITATIONS_READ(ALLOW, ALLOW, DENY, ALLOW, ALLOW, DENY_OR_HIDE, DENY),
        /** A procurement: its members' correspondents, staff, elected; hidden (404) from non-members. */
        MEMBER_READ(ALLOW, ALLOW, ALLOW, ALLOW, HIDE, HIDE, DENY),
        /**
         * The EPCI's staff (administrator, analyst). A correspondent of another EPCI may be told 404
         * where the service hides the territory first (procurement module's TerritoryScope).
         */
        STAFF(ALLOW, ALLOW, DENY, DENY, DENY, DENY_OR_HIDE, DENY),
        /** Accounts, tokens of others, thresholds (page), questionnaires, territory import. */
        ADMIN_ONLY(ALLOW, DENY, DENY, DENY, DENY, DENY, DENY),
        /**
         * A personal token: its owner (here Botsorhel's correspondent) and the administrator; for
         * anyone else someone else's token is as invisible as a missing one, and both are 403.
         */
        TOKEN_OWNER(ALLOW, DENY, DENY, ALLOW, DENY, DENY, DENY),
        // The service desk (servicedesk module, ServiceCentres): its agents are the administrator and
        // the centre's technicians (the matrix's technician works for Botsorhel's territory's centre).
        /** Anyone with an account works with their territory's centre: its home, the articles they may read. */
        DESK_ANY(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW),
        /** Opening and following one's own tickets, registering one's staff: correspondents and agents. */
        DESK_REQUESTERS(ALLOW, DENY, DENY, ALLOW, ALLOW, ALLOW, ALLOW),
        /**
         * One of Botsorhel's tickets, attachments, registrations, certificates: its own
         * correspondent and the centre's agents; hidden (404) or refused for anyone else.
         */
        DESK_OWN(ALLOW, DENY_OR_HIDE, DENY_OR_HIDE, ALLOW, DENY_OR_HIDE, DENY_OR_HIDE, ALLOW),
        /**
         * What a centre shows its territory: its hours, services, targets; an article visible to
         * correspondents. For a correspondent of another EPCI it does not exist (404).
         */
        DESK_TERRITORY(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, HIDE, ALLOW),
        /** The centre's work: queue, private notes, articles, sessions, settings: its agents only. */
        DESK_AGENT(ALLOW, DENY, DENY, DENY, DENY, DENY_OR_HIDE, ALLOW),
        /** What the service delivered (dashboards): the agents, the EPCI's staff and elected officials. */
        DESK_DASHBOARD(ALLOW, ALLOW, ALLOW, DENY, DENY, DENY_OR_HIDE, ALLOW),
        /** The requester's own say on one of Botsorhel's tickets (satisfaction): its correspondent only. */
        DESK_REQUESTER_ONLY(DENY, DENY_OR_HIDE, DENY_OR_HIDE, ALLOW, DENY_OR_HIDE, DENY_OR_HIDE, DENY),
        /**
         * One of Botsorhel's conventions with the shared service (servicefinance.Conventions), its
         * unit costs' communication, Botsorhel's recorded units (servicefinance.UnitRecords): the
         * EPCI's staff and elected officials, its own correspondent; as unknown (404) as a missing
         * one for any other correspondent; nothing for a technician.
         */
        FIN_CONVENTION(ALLOW, ALLOW, ALLOW, ALLOW, HIDE, HIDE, DENY),
        /**
         * One of Botsorhel's devices or its inventory page (inventory.Devices): the EPCI's staff and
         * elected officials, its own correspondent; as unknown (404) as a missing one for any other
         * correspondent; nothing for a technician.
         */
        INV_COLLECTIVITY(ALLOW, ALLOW, ALLOW, ALLOW, HIDE, HIDE, DENY),
        /** Importing Botsorhel's inventory files: the administrator and its own correspondent. */
        INV_IMPORT(ALLOW, DENY, DENY, ALLOW, HIDE, HIDE, DENY);

        private final Map<Persona, Expect> expected = new HashMap<>();

        Rule(
                Expect admin,
                Expect analyst,
                Expect elected,
                Expect own,
                Expect neighbour,
                Expect otherEpci,
                Expect technician) {
            expected.put(Persona.ADMIN, admin);
            expected.put(Persona.ANALYST, analyst);
            expected.put(Persona.ELECTED, elected);
            expected.put(Persona.CORRESPONDENT_OWN, own);
            expected.put(Persona.CORRESPONDENT_NEIGHBOUR, neighbour);
            expected.put(Persona.CORRESPONDENT_OTHER_EPCI, otherEpci);
            expected.put(Persona.TECHNICIAN, technician);
        }

        Expect expected(Persona persona) {
            return expected.get(persona);
        }
    }

    /** THE table: every route of the application and who may use it. */
    static final Map<String, Rule> TABLE = new TreeMap<>();

    private static void route(Rule rule, String... keys) {
        for (String key : keys) {
            if (TABLE.put(key, rule) != null) {
                throw new IllegalStateException("Twice in the table: " + key);
            }
        }
    }

    static {
        // Portal, sign-in, one's own account
        route(
                PUBLIC,
                "GET /login",
                "GET /login [invited]",
                // Where a refused OpenID Connect sign-in (ProConnect…) lands: the reason, nothing else.
                "GET /login [refused]",
                "GET /invitation/{token}",
                "POST /invitation/{token}");
        // The second sign-in step: only useful to whoever just gave a good password in this session.
        route(PUBLIC, "GET /login/totp", "POST /login/totp", "GET /login/totp/enrol", "POST /login/totp/enrol");
        route(
                ANY_ACCOUNT,
                "GET /",
                "GET /account/password",
                "POST /account/password",
                "GET /account/tokens",
                "POST /account/tokens",
                "GET /account/totp",
                "POST /account/totp",
                "POST /account/totp/recovery",
                "POST /account/totp/disable",
                "GET /api/me");
        // The user guide (docs/guide/), in French, for every signed-in person
        route(ANY_ACCOUNT, "GET /aide", "GET /aide/{page}");
        route(TOKEN_OWNER, "GET /account/tokens/{id}/revoke", "POST /account/tokens/{id}/revoke");
        // Administration: SecurityConfiguration (/admin/users/**, /admin/tokens/**) and the services
        route(
                ADMIN_ONLY,
                "GET /api/admin/backup",
                "GET /admin/tokens",
                "GET /admin/users",
                "POST /admin/users",
                "GET /admin/users/{id}/disable",
                "POST /admin/users/{id}/disable",
                "POST /admin/users/{id}/enable",
                "GET /admin/questionnaires",
                "GET /admin/questionnaires/{theme}/drafts",
                "POST /admin/questionnaires/{theme}/drafts",
                "GET /admin/questionnaires/{theme}/{version}",
                "POST /admin/questionnaires/{theme}/{version}/questions",
                "POST /admin/questionnaires/{theme}/{version}/questions/{code}",
                "POST /admin/questionnaires/{theme}/{version}/questions/{code}/move",
                "GET /admin/questionnaires/{theme}/{version}/questions/{code}/remove",
                "POST /admin/questionnaires/{theme}/{version}/questions/{code}/remove",
                "GET /admin/questionnaires/{theme}/{version}/publish",
                "POST /admin/questionnaires/{theme}/{version}/publish",
                "GET /api/questionnaires",
                "GET /api/questionnaires/{theme}/{version}",
                "POST /api/questionnaires/{theme}/drafts",
                "POST /api/questionnaires/{theme}/{version}/publish",
                "GET /admin/thresholds",
                "POST /admin/thresholds",
                "GET /admin/thresholds/{id}/edit",
                "POST /admin/thresholds/{id}",
                "GET /admin/thresholds/{id}/delete",
                "POST /admin/thresholds/{id}/delete",
                "POST /api/thresholds",
                "PUT /api/thresholds/{id}",
                "DELETE /api/thresholds/{id}",
                "GET /territories/import",
                "POST /territories/import",
                "POST /api/territories/import");
        // Territories: official, public data (INSEE, DGCL) for every signed-in person
        route(
                SIGNED_IN,
                "GET /territories",
                "GET /territories/{id}",
                "GET /api/territories",
                "GET /api/territories/{id}",
                "GET /api/territories/{id}/collectivities",
                "GET /api/epci");
        // A territory's answer policy (docs/confidentiality.md): the EPCI's staff choose it
        route(
                STAFF,
                "GET /territories/{id}/policy",
                "POST /territories/{id}/policy",
                "PUT /api/territories/{id}/policy");
        // Census: campaigns, responses, exclusions, files, invitations
        route(SIGNED_IN, "GET /campaigns", "GET /api/campaigns");
        route(
                TERRITORY_READ,
                "GET /campaigns/{id}",
                "GET /campaigns/{id}/exclusions",
                "GET /campaigns/{id}/export",
                "GET /campaigns/{id}/check",
                "GET /api/campaigns/{id}",
                "GET /api/campaigns/{id}/questionnaire",
                "GET /api/campaigns/{id}/responses",
                "GET /api/campaigns/{id}/exclusions",
                "GET /api/campaigns/{id}/export");
        route(
                OWN_COLLECTIVITY_READ,
                "GET /campaigns/{id}/responses/{collectivityId}",
                "GET /campaigns/{id}/responses/{collectivityId}/workbook",
                "GET /campaigns/{id}/responses/{collectivityId}/pdf",
                "GET /api/campaigns/{id}/responses/{collectivityId}",
                "GET /api/campaigns/{id}/responses/{collectivityId}/history",
                "GET /api/campaigns/{id}/responses/{collectivityId}/workbook",
                "GET /api/campaigns/{id}/responses/{collectivityId}/inventory");
        route(
                OWN_COLLECTIVITY_WRITE,
                "POST /campaigns/{id}/responses/{collectivityId}",
                "POST /campaigns/{id}/responses/{collectivityId}/draft",
                "PUT /api/campaigns/{id}/responses/{collectivityId}");
        route(INVITATIONS_READ, "GET /api/campaigns/{id}/invitations");
        route(
                STAFF,
                "POST /campaigns",
                "POST /campaigns/{id}/bands",
                "GET /campaigns/{id}/close",
                "POST /campaigns/{id}/close",
                // Census from inventory (issue 15): the staff pre-fill the responses
                "GET /campaigns/{id}/inventory",
                "POST /campaigns/{id}/inventory",
                "POST /api/campaigns/{id}/inventory",
                "POST /campaigns/{id}/exclusions",
                "GET /campaigns/{id}/exclusions/{exclusionId}/remove",
                "POST /campaigns/{id}/exclusions/{exclusionId}/remove",
                "POST /campaigns/{id}/import",
                "POST /campaigns/{id}/import/confirm",
                "GET /campaigns/{id}/workbooks.zip",
                "GET /campaigns/{id}/invitations",
                "POST /campaigns/{id}/invitations",
                "GET /campaigns/{id}/reminders",
                "POST /campaigns/{id}/reminders",
                "POST /campaigns/{id}/responses/{collectivityId}/validate",
                "POST /campaigns/{id}/responses/{collectivityId}/return",
                "POST /api/campaigns/{id}/responses/{collectivityId}/validate",
                "POST /api/campaigns/{id}/responses/{collectivityId}/return",
                "POST /api/campaigns/{id}/close",
                "POST /api/campaigns/{id}/exclusions",
                "DELETE /api/campaigns/{id}/exclusions/{exclusionId}",
                "POST /api/campaigns/{id}/import",
                "POST /api/campaigns/{id}/invitations",
                "POST /api/campaigns/{id}/reminders",
                // Invitations at scale: a selection at once, a new link to copy, the e-mail texts
                "POST /campaigns/{id}/invitations/{collectivityId}/link",
                "POST /api/campaigns/{id}/invitations/batch",
                "GET /campaigns/{id}/mail-templates",
                "POST /campaigns/{id}/mail-templates/{kind}",
                // The demo's mail catcher (« Courriels envoyés (démo) »); says it is off elsewhere
                "GET /admin/mails");
        // Analysis: syntheses are aggregated figures for every signed-in role of the EPCI
        route(
                TERRITORY_READ,
                "GET /campaigns/{id}/synthesis",
                "GET /campaigns/{id}/representativity",
                "GET /campaigns/{id}/synthesis/figures/{figureId}",
                "GET /campaigns/{id}/priorities",
                "GET /campaigns/{id}/software",
                "GET /campaigns/{id}/compare",
                "GET /api/campaigns/{id}/synthesis",
                // The indicators by stratum, a link away from the default synthesis
                "GET /api/campaigns/{id}/synthesis/by-stratum",
                "GET /api/campaigns/{id}/synthesis/figures/{figureId}",
                "GET /api/campaigns/{id}/synthesis/figures/{figureId}/terms",
                "GET /api/campaigns/{id}/synthesis/figures/{figureId}/notes",
                "GET /api/campaigns/{id}/priorities",
                "GET /api/campaigns/{id}/software",
                "GET /api/campaigns/{id}/compare/{other}");
        route(TERRITORY_WIDE, "GET /campaigns/{id}/follow-up", "GET /api/campaigns/{id}/follow-up");
        // Procurements: lists resolve a correspondent's own territory whatever is asked (TerritoryScope)
        route(
                SIGNED_IN,
                "GET /procurements",
                "GET /procurements/calendar",
                "GET /api/procurements",
                "GET /api/procurements/calendar",
                "GET /api/thresholds");
        route(
                MEMBER_READ,
                "GET /procurements/{id}",
                "GET /procurements/{id}/assessment",
                "GET /procurements/{id}/assessment.pdf",
                "GET /procurements/{id}/assessment.ods",
                "GET /api/procurements/{id}",
                "GET /api/procurements/{id}/assessment",
                "GET /api/procurements/{id}/assessment.pdf",
                "GET /api/procurements/{id}/assessment.ods");
        // The assessment published to the communes: every collectivité of the territory sees its own
        // view (a member its saving, the others what joining would have saved them); 404 elsewhere.
        route(
                TERRITORY_READ,
                "GET /procurements/{id}/assessment/published",
                "GET /api/procurements/{id}/assessment/published");
        route(
                STAFF,
                "GET /procurements/new",
                "POST /procurements",
                "GET /procurements/{id}/edit",
                "POST /procurements/{id}",
                "GET /procurements/{id}/delete",
                "POST /procurements/{id}/delete",
                "POST /procurements/{id}/assessment/offers",
                "POST /procurements/{id}/assessment/offers/{offerId}/award",
                "POST /procurements/{id}/assessment/offers/{offerId}/remove",
                "POST /api/procurements",
                "PUT /api/procurements/{id}",
                "DELETE /api/procurements/{id}",
                "POST /api/procurements/{id}/assessment/offers/{offerId}",
                "PUT /api/procurements/{id}/assessment/offers/{offerId}",
                "DELETE /api/procurements/{id}/assessment/offers/{offerId}",
                "GET /procurements/{id}/assessment/publish",
                "POST /procurements/{id}/assessment/publish",
                "POST /api/procurements/{id}/assessment/publications");
        // Savings: offers, items, size classes, scenarios of a territory
        route(
                SIGNED_IN,
                "GET /offers",
                "GET /scenarios",
                "GET /api/items",
                "GET /api/size-classes",
                "GET /api/offers",
                "GET /api/scenarios",
                "GET /api/scenarios/comparison");
        route(
                TERRITORY_READ,
                "GET /offers/{id}",
                "GET /api/offers/{id}",
                "GET /api/offers/{id}/savings",
                "GET /api/scenarios/{id}");
        route(
                STAFF,
                "POST /offers/items",
                "GET /offers/new",
                "POST /offers",
                "GET /offers/{id}/edit",
                "POST /offers/{id}",
                "GET /offers/{id}/delete",
                "POST /offers/{id}/delete",
                "GET /offers/size-classes",
                "POST /offers/size-classes",
                "POST /api/items",
                "PUT /api/size-classes",
                "POST /api/offers",
                "PUT /api/offers/{id}",
                "DELETE /api/offers/{id}",
                "POST /scenarios/study",
                "POST /scenarios",
                "GET /scenarios/{id}/edit",
                "POST /scenarios/{id}",
                "GET /scenarios/{id}/delete",
                "POST /scenarios/{id}/delete",
                "POST /api/scenarios",
                "POST /api/scenarios/study",
                "PUT /api/scenarios/{id}",
                "DELETE /api/scenarios/{id}");
        // Service desk — tickets (servicedesk.Tickets, web/Ticket*Controller)
        route(Rule.DESK_ANY, "GET /servicedesk");
        route(
                Rule.DESK_REQUESTERS,
                "GET /servicedesk/tickets/new",
                "POST /servicedesk/tickets",
                "GET /api/servicedesk/tickets",
                "POST /api/servicedesk/tickets");
        route(
                Rule.DESK_OWN,
                "GET /servicedesk/tickets/{ticketId}",
                "POST /servicedesk/tickets/{ticketId}/follow-ups",
                "POST /servicedesk/tickets/{ticketId}/status",
                "POST /servicedesk/tickets/{ticketId}/attachments",
                "GET /servicedesk/attachments/{attachmentId}",
                "GET /api/servicedesk/tickets/{ticketId}",
                "POST /api/servicedesk/tickets/{ticketId}/status",
                "POST /api/servicedesk/tickets/{ticketId}/follow-ups",
                "POST /api/servicedesk/tickets/{ticketId}/attachments",
                "GET /api/servicedesk/attachments/{attachmentId}",
                "GET /api/servicedesk/tickets/{ticketId}/articles");
        route(
                Rule.DESK_REQUESTER_ONLY,
                "POST /servicedesk/tickets/{ticketId}/satisfaction",
                "POST /api/servicedesk/tickets/{ticketId}/satisfaction");
        route(
                Rule.DESK_AGENT,
                "POST /servicedesk/tickets/{ticketId}/assign",
                "POST /servicedesk/tickets/{ticketId}/priority",
                "GET /servicedesk/queue",
                "POST /servicedesk/queue/assign",
                "POST /servicedesk/queue/views",
                "POST /servicedesk/queue/views/delete",
                "POST /api/servicedesk/tickets/{ticketId}/assignee",
                "POST /api/servicedesk/tickets/{ticketId}/priority",
                "POST /servicedesk/tickets/{ticketId}/articles",
                "POST /servicedesk/tickets/{ticketId}/articles/{articleId}/unlink",
                "PUT /api/servicedesk/tickets/{ticketId}/articles/{articleId}",
                "DELETE /api/servicedesk/tickets/{ticketId}/articles/{articleId}");
    }

    static {
        // Programme (issue 12): every signed-in person lists their territory's programmes (a
        // correspondent: their own territory's, whatever is asked); the EPCI reads a programme
        // whole; the staff change it.
        route(
                SIGNED_IN,
                "GET /programmes",
                "GET /api/programmes",
                "GET /api/programmes/task-template",
                // one's own calendar feeds (a correspondent: their own territory's)
                "GET /programmes/feeds",
                "POST /programmes/feeds");
        route(TOKEN_OWNER, "GET /programmes/feeds/{feedId}/revoke", "POST /programmes/feeds/{feedId}/revoke");
        // The calendar feed: its personal token in the address is the credential (Thunderbird, Outlook)
        route(PUBLIC, "GET /feeds/{secret}.ics");
        route(
                TERRITORY_READ,
                "GET /programmes/{id}",
                "GET /programmes/{id}/actions/{actionId}",
                "GET /programmes/{id}/gantt",
                "GET /programmes/{id}/gantt.svg",
                "GET /programmes/{id}/gantt.pdf",
                "GET /programmes/{id}/summary",
                "GET /api/programmes/{id}",
                "GET /api/programmes/{id}/actions/{actionId}",
                "GET /api/programmes/{id}/tasks/{taskId}");
        route(
                STAFF,
                "GET /programmes/new",
                "POST /programmes",
                "GET /programmes/{id}/edit",
                "POST /programmes/{id}",
                "GET /programmes/{id}/delete",
                "POST /programmes/{id}/delete",
                "GET /programmes/{id}/stages/new",
                "POST /programmes/{id}/stages",
                "GET /programmes/{id}/stages/{stageId}/edit",
                "POST /programmes/{id}/stages/{stageId}",
                "GET /programmes/{id}/stages/{stageId}/delete",
                "POST /programmes/{id}/stages/{stageId}/delete",
                "GET /programmes/{id}/actions/new",
                "POST /programmes/{id}/actions",
                "GET /programmes/{id}/actions/{actionId}/edit",
                "POST /programmes/{id}/actions/{actionId}",
                "GET /programmes/{id}/actions/{actionId}/delete",
                "POST /programmes/{id}/actions/{actionId}/delete",
                "GET /programmes/{id}/actions/{actionId}/tasks/new",
                "POST /programmes/{id}/actions/{actionId}/tasks",
                "GET /programmes/{id}/tasks/{taskId}/edit",
                "POST /programmes/{id}/tasks/{taskId}",
                "POST /programmes/{id}/tasks/{taskId}/status",
                "GET /programmes/{id}/tasks/{taskId}/delete",
                "POST /programmes/{id}/tasks/{taskId}/delete",
                "GET /programmes/template",
                "POST /programmes/template",
                "GET /programmes/template/{templateId}",
                "POST /programmes/template/{templateId}",
                "GET /programmes/template/{templateId}/delete",
                "POST /programmes/template/{templateId}/delete",
                "POST /api/programmes",
                "PUT /api/programmes/{id}",
                "DELETE /api/programmes/{id}",
                "POST /api/programmes/{id}/stages",
                "PUT /api/programmes/{id}/stages/{stageId}",
                "DELETE /api/programmes/{id}/stages/{stageId}",
                "POST /api/programmes/{id}/actions",
                "PUT /api/programmes/{id}/actions/{actionId}",
                "DELETE /api/programmes/{id}/actions/{actionId}",
                "POST /api/programmes/{id}/actions/{actionId}/tasks",
                "PUT /api/programmes/{id}/tasks/{taskId}",
                "PUT /api/programmes/{id}/tasks/{taskId}/status",
                "DELETE /api/programmes/{id}/tasks/{taskId}",
                "POST /api/programmes/task-template",
                "PUT /api/programmes/task-template/{templateId}",
                "DELETE /api/programmes/task-template/{templateId}");
        // Programme governance: a territory's bodies, meetings, minutes and decisions register are read
        // by its staff, elected officials and correspondents (a correspondent's deliberations are
        // their own collectivité's: filtered by the service); hidden from another territory's.
        route(
                TERRITORY_READ,
                "GET /programmes/{id}/governance",
                "GET /programmes/{id}/bodies/{bodyId}",
                "GET /programmes/{id}/meetings/{meetingId}",
                "GET /programmes/{id}/meetings/{meetingId}/minutes.pdf",
                "GET /programmes/{id}/meetings/{meetingId}/minutes.ods",
                "GET /programmes/{id}/decisions",
                "GET /programmes/{id}/decisions.pdf",
                "GET /programmes/{id}/decisions.ods",
                "GET /api/programmes/{id}/bodies",
                "GET /api/programmes/{id}/bodies/{bodyId}",
                "GET /api/programmes/{id}/meetings",
                "GET /api/programmes/{id}/meetings/{meetingId}",
                "GET /api/programmes/{id}/decisions",
                "GET /api/programmes/{id}/decisions/{decisionId}");
        route(
                STAFF,
                "GET /programmes/{id}/bodies/new",
                "POST /programmes/{id}/bodies",
                "GET /programmes/{id}/bodies/{bodyId}/edit",
                "POST /programmes/{id}/bodies/{bodyId}",
                "GET /programmes/{id}/bodies/{bodyId}/delete",
                "POST /programmes/{id}/bodies/{bodyId}/delete",
                "POST /programmes/{id}/bodies/{bodyId}/members",
                "GET /programmes/{id}/bodies/{bodyId}/members/{memberId}/remove",
                "POST /programmes/{id}/bodies/{bodyId}/members/{memberId}/remove",
                "GET /programmes/{id}/bodies/{bodyId}/meetings/new",
                "POST /programmes/{id}/bodies/{bodyId}/meetings",
                "POST /programmes/{id}/meetings/{meetingId}",
                "GET /programmes/{id}/meetings/{meetingId}/delete",
                "POST /programmes/{id}/meetings/{meetingId}/delete",
                "GET /programmes/{id}/decisions/new",
                "POST /programmes/{id}/decisions",
                "GET /programmes/{id}/decisions/{decisionId}/edit",
                "POST /programmes/{id}/decisions/{decisionId}",
                "GET /programmes/{id}/decisions/{decisionId}/delete",
                "POST /programmes/{id}/decisions/{decisionId}/delete",
                "POST /programmes/{id}/deliberations/numbers",
                "POST /programmes/{id}/deliberations",
                "GET /programmes/{id}/deliberations/{deliberationId}/delete",
                "POST /programmes/{id}/deliberations/{deliberationId}/delete",
                "POST /api/programmes/{id}/bodies",
                "PUT /api/programmes/{id}/bodies/{bodyId}",
                "DELETE /api/programmes/{id}/bodies/{bodyId}",
                "POST /api/programmes/{id}/bodies/{bodyId}/members",
                "DELETE /api/programmes/{id}/bodies/{bodyId}/members/{memberId}",
                "POST /api/programmes/{id}/bodies/{bodyId}/meetings",
                "PUT /api/programmes/{id}/meetings/{meetingId}",
                "DELETE /api/programmes/{id}/meetings/{meetingId}",
                "POST /api/programmes/{id}/decisions",
                "PUT /api/programmes/{id}/decisions/{decisionId}",
                "DELETE /api/programmes/{id}/decisions/{decisionId}",
                "PUT /api/programmes/{id}/deliberations/numbers",
                "POST /api/programmes/{id}/deliberations",
                "DELETE /api/programmes/{id}/deliberations/{deliberationId}");
        // The service desk: the centre's settings (ServiceCentres); the administrator changes them
        route(DESK_ANY, "GET /servicedesk/centre", "GET /api/servicedesk/centres/mine");
        // The dashboards (DeskDashboards): not for correspondents
        route(
                DESK_DASHBOARD,
                "GET /servicedesk/dashboard",
                "GET /servicedesk/dashboard.ods",
                "GET /api/servicedesk/dashboard");
        route(DESK_TERRITORY, "GET /servicedesk/centres/{centreId}", "GET /api/servicedesk/centres/{centreId}");
        route(
                ADMIN_ONLY,
                "POST /servicedesk/centres/{centreId}",
                "POST /servicedesk/centres/{centreId}/agents",
                "POST /servicedesk/centres/{centreId}/agents/{accountId}/remove",
                "POST /servicedesk/centres/{centreId}/closures",
                "GET /servicedesk/centres/{centreId}/closures/{closureId}/delete",
                "POST /servicedesk/centres/{centreId}/closures/{closureId}/delete",
                "POST /servicedesk/centres/{centreId}/targets/{priority}",
                "POST /servicedesk/centres/{centreId}/categories");
    }

    static {
        // Service desk — trainings (issue 13): sessions listed and read by everyone of the centre's
        // territory (filtered by the service; another territory's session is 404); registering and needs
        // by correspondents and agents; one of Botsorhel's registrations and its certificate by its own
        // correspondent and the agents; sessions, attendance, needs' answers and training days by the agents.
        route(
                Rule.DESK_ANY,
                "GET /servicedesk/trainings",
                "GET /servicedesk/trainings/{id}",
                "GET /api/servicedesk/trainings",
                "GET /api/servicedesk/trainings/{id}");
        route(
                Rule.DESK_REQUESTERS,
                "POST /servicedesk/trainings/{id}/registrations",
                "GET /servicedesk/trainings/needs",
                "POST /servicedesk/trainings/needs",
                "GET /api/servicedesk/trainings/{id}/registrations",
                "POST /api/servicedesk/trainings/{id}/registrations",
                "GET /api/servicedesk/trainings/needs",
                "POST /api/servicedesk/trainings/needs");
        route(
                Rule.DESK_OWN,
                "GET /servicedesk/trainings/{id}/registrations/{registrationId}/cancel",
                "POST /servicedesk/trainings/{id}/registrations/{registrationId}/cancel",
                "GET /servicedesk/trainings/{id}/registrations/{registrationId}/certificate.pdf",
                "GET /api/servicedesk/trainings/{id}/registrations/{registrationId}",
                "POST /api/servicedesk/trainings/{id}/registrations/{registrationId}/cancel",
                "GET /api/servicedesk/trainings/{id}/registrations/{registrationId}/certificate.pdf");
        route(
                Rule.DESK_AGENT,
                "GET /servicedesk/trainings/new",
                "POST /servicedesk/trainings",
                "GET /servicedesk/trainings/{id}/edit",
                "POST /servicedesk/trainings/{id}",
                "POST /servicedesk/trainings/{id}/attendance",
                "POST /servicedesk/trainings/needs/{needId}/answer",
                "GET /servicedesk/trainings/days",
                "POST /api/servicedesk/trainings",
                "PUT /api/servicedesk/trainings/{id}",
                "PUT /api/servicedesk/trainings/{id}/attendance",
                "PUT /api/servicedesk/trainings/needs/{needId}/answer",
                "GET /api/servicedesk/trainings/days");
        // Service desk — tickets by e-mail (servicedesk.mail): the mailbox's refused messages, agents only.
        route(Rule.DESK_AGENT, "GET /servicedesk/mail");
        // The service desk's knowledge base (servicedesk.Knowledge): lists, searches and suggestions
        // of one's centre (filtered by the service), an article of Botsorhel's territory's centre,
        // writing for the centre's agents only.
        route(
                Rule.DESK_ANY,
                "GET /servicedesk/kb",
                "GET /servicedesk/kb/suggest",
                "GET /api/servicedesk/articles",
                "GET /api/servicedesk/articles/suggest");
        route(
                Rule.DESK_TERRITORY,
                "GET /servicedesk/kb/{articleId}",
                "POST /servicedesk/kb/{articleId}/solved",
                "GET /api/servicedesk/articles/{articleId}",
                "GET /api/servicedesk/articles/{articleId}/solved",
                "POST /api/servicedesk/articles/{articleId}/solved");
        route(
                Rule.DESK_AGENT,
                "GET /servicedesk/kb/new",
                "POST /servicedesk/kb",
                "POST /servicedesk/kb/preview",
                "GET /servicedesk/kb/{articleId}/edit",
                "POST /servicedesk/kb/{articleId}",
                "GET /servicedesk/kb/{articleId}/delete",
                "POST /servicedesk/kb/{articleId}/delete",
                "POST /api/servicedesk/articles",
                "PUT /api/servicedesk/articles/{articleId}",
                "DELETE /api/servicedesk/articles/{articleId}");
    }

    static {
        // The service's money side (servicefinance, issue 14): the catalogue, the form of the service
        // and the conventions' lists are read by everyone but technicians (a correspondent: their own
        // territory's, their own collectivité's conventions only); a service of the catalogue by its
        // territory; one convention by the staff, elected officials and its own correspondent; every
        // change by the EPCI's administrator only.
        route(
                SIGNED_IN,
                "GET /servicefinance",
                "GET /servicefinance/services",
                "GET /servicefinance/conventions",
                "GET /api/servicefinance/services",
                "GET /api/servicefinance/settings",
                "GET /api/servicefinance/conventions",
                "GET /api/servicefinance/conventions/renewals");
        route(TERRITORY_READ, "GET /api/servicefinance/services/{serviceId}");
        route(
                Rule.FIN_CONVENTION,
                "GET /servicefinance/conventions/{conventionId}",
                "GET /api/servicefinance/conventions/{conventionId}");
        route(
                ADMIN_ONLY,
                "POST /servicefinance/settings",
                "GET /servicefinance/services/new",
                "POST /servicefinance/services",
                "GET /servicefinance/services/{serviceId}/edit",
                "POST /servicefinance/services/{serviceId}",
                "GET /servicefinance/services/{serviceId}/retire",
                "POST /servicefinance/services/{serviceId}/retire",
                "POST /servicefinance/services/{serviceId}/reinstate",
                "GET /servicefinance/conventions/new",
                "POST /servicefinance/conventions",
                "GET /servicefinance/conventions/{conventionId}/edit",
                "POST /servicefinance/conventions/{conventionId}",
                "GET /servicefinance/conventions/{conventionId}/delete",
                "POST /servicefinance/conventions/{conventionId}/delete",
                "POST /api/servicefinance/services",
                "PUT /api/servicefinance/services/{serviceId}",
                "POST /api/servicefinance/services/{serviceId}/retire",
                "POST /api/servicefinance/services/{serviceId}/reinstate",
                "PUT /api/servicefinance/settings",
                "POST /api/servicefinance/conventions",
                "PUT /api/servicefinance/conventions/{conventionId}",
                "DELETE /api/servicefinance/conventions/{conventionId}");
        // Unit costs and recorded units (servicefinance.UnitCosts, UnitRecords): the year's unit costs
        // and communications are read by everyone but technicians (a correspondent: their own
        // territory's unit costs, public to the members, and their own collectivité's communication);
        // one unit cost and a service's forecast by their territory; one collectivité's units and one
        // convention's communication like a convention (its own correspondent, staff, elected
        // officials); every change by the EPCI's administrator only.
        route(
                SIGNED_IN,
                "GET /servicefinance/unit-costs",
                "GET /servicefinance/communications",
                "GET /servicefinance/units",
                "GET /api/servicefinance/unit-costs",
                "GET /api/servicefinance/communications",
                "GET /servicefinance/statements",
                "GET /api/servicefinance/statements");
        // The whole territory's statements as one archive: the EPCI's staff and elected officials.
        route(TERRITORY_WIDE, "GET /servicefinance/statements.zip");
        route(
                TERRITORY_READ,
                "GET /servicefinance/unit-costs/{unitCostId}",
                "GET /api/servicefinance/unit-costs/{unitCostId}",
                "GET /api/servicefinance/services/{serviceId}/forecast");
        route(
                Rule.FIN_CONVENTION,
                "GET /servicefinance/collectivities/{collectivityId}/units",
                "GET /api/servicefinance/collectivities/{collectivityId}/units",
                "GET /api/servicefinance/conventions/{conventionId}/communication",
                "GET /servicefinance/collectivities/{collectivityId}/statement",
                "GET /servicefinance/collectivities/{collectivityId}/statement.ods",
                "GET /servicefinance/collectivities/{collectivityId}/statement.pdf",
                "GET /api/servicefinance/collectivities/{collectivityId}/statement");
        // The service centre's annual activity report (servicefinance.ActivityReports): a territory-wide
        // document for the council, read by the EPCI's staff and elected officials; refused (403) to
        // every correspondent and to technicians.
        route(
                TERRITORY_WIDE,
                "GET /servicefinance/report",
                "GET /servicefinance/report.pdf",
                "GET /servicefinance/report.ods",
                "GET /api/servicefinance/report");

        // Net balances (servicefinance.Balances): the territory's table for everyone but technicians
        // (a correspondent is sent to their own balance); one collectivité's like its statement.
        route(SIGNED_IN, "GET /servicefinance/balances", "GET /api/servicefinance/balances");
        // The inventory's normalisation rules and end-of-support table (inventory.InventoryRules,
        // Lifecycles; instance-wide): read by every signed-in person but technicians, changed by the
        // administrator only.
        route(
                SIGNED_IN,
                "GET /inventory/rules",
                "GET /api/inventory/rules",
                "GET /api/inventory/rules/try",
                "GET /api/inventory/rules/{ruleId}",
                "GET /inventory/lifecycle",
                "GET /api/inventory/lifecycle",
                "GET /api/inventory/lifecycle/status",
                "GET /api/inventory/lifecycle/{entryId}");
        route(
                ADMIN_ONLY,
                "GET /inventory/rules/new",
                "POST /inventory/rules",
                "GET /inventory/rules/{ruleId}/edit",
                "POST /inventory/rules/{ruleId}",
                "POST /inventory/rules/{ruleId}/enable",
                "POST /inventory/rules/{ruleId}/disable",
                "POST /inventory/rules/{ruleId}/move",
                "GET /inventory/rules/{ruleId}/delete",
                "POST /inventory/rules/{ruleId}/delete",
                "POST /api/inventory/rules",
                "PUT /api/inventory/rules/{ruleId}",
                "POST /api/inventory/rules/{ruleId}/enable",
                "POST /api/inventory/rules/{ruleId}/disable",
                "POST /api/inventory/rules/{ruleId}/move",
                "DELETE /api/inventory/rules/{ruleId}",
                "GET /inventory/lifecycle/new",
                "POST /inventory/lifecycle",
                "GET /inventory/lifecycle/{entryId}/edit",
                "POST /inventory/lifecycle/{entryId}",
                "GET /inventory/lifecycle/{entryId}/delete",
                "POST /inventory/lifecycle/{entryId}/delete",
                "POST /api/inventory/lifecycle",
                "PUT /api/inventory/lifecycle/{entryId}",
                "DELETE /api/inventory/lifecycle/{entryId}");
        route(
                Rule.FIN_CONVENTION,
                "GET /servicefinance/collectivities/{collectivityId}/balance",
                "GET /servicefinance/collectivities/{collectivityId}/balance.pdf",
                "GET /api/servicefinance/collectivities/{collectivityId}/balance");
        route(
                ADMIN_ONLY,
                "GET /servicefinance/unit-costs/new",
                "POST /servicefinance/unit-costs",
                "GET /servicefinance/unit-costs/{unitCostId}/edit",
                "POST /servicefinance/unit-costs/{unitCostId}",
                "GET /servicefinance/conventions/{conventionId}/communication",
                "POST /servicefinance/conventions/{conventionId}/communication",
                "POST /servicefinance/collectivities/{collectivityId}/units",
                "POST /servicefinance/units/{manualId}/delete",
                "POST /api/servicefinance/unit-costs",
                "PUT /api/servicefinance/unit-costs/{unitCostId}",
                "PUT /api/servicefinance/conventions/{conventionId}/communication",
                "POST /api/servicefinance/collectivities/{collectivityId}/units",
                "DELETE /api/servicefinance/units/{manualId}");
        // The alternatives compared and the subscription's size classes (servicefinance.Alternatives,
        // SubscriptionClasses) show the whole territory: the EPCI's staff and elected officials read
        // them, a correspondent (who reads their own statement) and a technician get 403; the size
        // classes are set and removed by the EPCI's administrator only.
        route(
                TERRITORY_WIDE,
                "GET /servicefinance/alternatives",
                "GET /servicefinance/alternatives.ods",
                "GET /servicefinance/subscription-classes",
                "GET /api/servicefinance/alternatives",
                "GET /api/servicefinance/subscription-classes");
        route(
                ADMIN_ONLY,
                "GET /servicefinance/subscription-classes/edit",
                "POST /servicefinance/subscription-classes",
                "GET /servicefinance/subscription-classes/delete",
                "POST /servicefinance/subscription-classes/delete",
                "PUT /api/servicefinance/subscription-classes",
                "DELETE /api/servicefinance/subscription-classes");

        // The living inventory (inventory, issue 15): the overview and the delays are read by everyone
        // but technicians (a correspondent: their own collectivité's line); a collectivité's devices and
        // one device by the staff, elected officials and its own correspondent; the agents' enrolments
        // and the delays are the administrator's; imports the administrator's and the own
        // correspondent's; the agents' endpoint is public (the enrolment token is the credential).
        route(SIGNED_IN, "GET /inventory", "GET /api/inventory/collectivities", "GET /api/inventory/settings");
        // The end-of-support euros and the renewal plan (issue 15, items 7 and 8): as the devices, the
        // territory's (a correspondent: their own collectivité's lines) and one collectivité's.
        route(
                SIGNED_IN,
                "GET /inventory/renewal",
                "GET /inventory/renewal.ods",
                "GET /api/inventory/renewal",
                "GET /api/inventory/exposure");
        route(
                Rule.INV_COLLECTIVITY,
                "GET /inventory/collectivities/{collectivityId}/renewal",
                "GET /inventory/collectivities/{collectivityId}/renewal.ods",
                "GET /api/inventory/collectivities/{collectivityId}/renewal",
                "GET /api/inventory/collectivities/{collectivityId}/exposure");
        route(
                Rule.INV_COLLECTIVITY,
                "GET /inventory/collectivities/{collectivityId}",
                "GET /api/inventory/collectivities/{collectivityId}",
                "GET /inventory/devices/{deviceId}",
                "GET /api/inventory/devices/{deviceId}");
        route(
                ADMIN_ONLY,
                "POST /inventory/settings",
                "PUT /api/inventory/settings",
                "POST /inventory/collectivities/{collectivityId}/enrolments",
                "POST /api/inventory/collectivities/{collectivityId}/enrolments",
                "GET /inventory/enrolments/{enrolmentId}/revoke",
                "POST /inventory/enrolments/{enrolmentId}/revoke",
                "POST /api/inventory/enrolments/{enrolmentId}/revoke");
        route(
                Rule.INV_IMPORT,
                "POST /inventory/collectivities/{collectivityId}/imports",
                "POST /api/inventory/collectivities/{collectivityId}/imports");
        route(PUBLIC, "POST /api/inventory/agent/{enrolmentToken}");
    }

    /** The administrator first: a 404 counts as hiding only if the administrator got the thing. */
    static final List<Persona> ORDER = List.of(
            Persona.ADMIN,
            Persona.ANALYST,
            Persona.ELECTED,
            Persona.CORRESPONDENT_OWN,
            Persona.CORRESPONDENT_NEIGHBOUR,
            Persona.CORRESPONDENT_OTHER_EPCI,
            Persona.TECHNICIAN,
            Persona.ANONYMOUS);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    RouteWorld world;
    final Map<String, Outcome> administrator = new HashMap<>();

    @BeforeEach
    void world() {
        world = RouteWorld.build(context);
    }

    @Test
    void theTableNamesEveryRouteOfTheHandlerMappingsAndNothingElse() {
        var routes = new TreeSet<String>();
        HandlerRoutes.all(context).forEach(r -> routes.add(r.key()));
        var missing = new TreeSet<>(routes);
        missing.removeAll(TABLE.keySet());
        var stale = new TreeSet<>(TABLE.keySet());
        stale.removeAll(routes);
        assertThat(missing)
                .as("routes with no access rule in AuthorizationMatrixTests.TABLE: add them")
                .isEmpty();
        assertThat(stale)
                .as("entries of AuthorizationMatrixTests.TABLE that match no route any more")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyRouteAnswersEveryVisitorAsTheTableSays() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Route route : HandlerRoutes.all(context)) {
            Rule rule = TABLE.get(route.key());
            if (rule == null) {
                nodes.add(dynamicTest(route.key(), () -> fail(route.key() + " is not in the table")));
                continue;
            }
            nodes.add(dynamicContainer(
                    route.key() + " — " + rule,
                    ORDER.stream().map(p -> dynamicTest(p.name(), () -> check(route, rule, p)))));
        }
        return nodes.stream();
    }

    private void check(Route route, Rule rule, Persona persona) {
        Outcome outcome = RouteCalls.call(
                mvc, route, RouteRequests.of(route, world.variables(route), world, json), persona, world);
        if (persona == Persona.ADMIN) {
            administrator.put(route.key(), outcome);
        }
        Function<String, String> what = expected -> route.key() + " as " + persona + " (" + rule + "): expected "
                + expected + ", got " + outcome.describe();
        if (persona == Persona.ANONYMOUS) {
            if (rule == PUBLIC) {
                assertAllowed(outcome, what);
            } else if (route.api() || route.pattern().endsWith("/draft")) {
                // The API, and the answers' automatic draft save (a script: never the sign-in page).
                assertThat(outcome.status()).as("%s", what.apply("401")).isEqualTo(401);
            } else {
                assertThat(outcome.redirectsToLogin())
                        .as("%s", what.apply("302 to /login"))
                        .isTrue();
            }
            return;
        }
        switch (rule.expected(persona)) {
            case ALLOW -> {
                assertAllowed(outcome, what);
                if (persona == Persona.CORRESPONDENT_OTHER_EPCI) {
                    assertNoDataOfTheOtherEpci(outcome, what);
                }
            }
            case DENY ->
                assertThat(outcome.status()).as("%s", what.apply("403")).isEqualTo(403);
            case HIDE -> {
                assertThat(outcome.status()).as("%s", what.apply("404")).isEqualTo(404);
                assertAdministratorSawIt(route, what);
            }
            case DENY_OR_HIDE -> {
                assertThat(outcome.status()).as("%s", what.apply("403 or 404")).isIn(403, 404);
                if (outcome.status() == 404) {
                    assertAdministratorSawIt(route, what);
                }
            }
        }
    }

    private static void assertAllowed(Outcome outcome, Function<String, String> what) {
        assertThat(outcome.status() == 401
                        || outcome.status() == 403
                        || outcome.redirectsToLogin()
                        || outcome.status() >= 500)
                .as("%s", what.apply("access (not 401, 403, sign-in or 5xx)"))
                .isFalse();
    }

    /** Allowed, yes, but a correspondent of another EPCI must not read the names of our census. */
    private void assertNoDataOfTheOtherEpci(Outcome outcome, Function<String, String> what) {
        assertThat(outcome.body())
                .as("%s", what.apply("nothing of the other EPCI's census in the body"))
                .doesNotContain(world.campaign.name())
                .doesNotContain(world.software.name());
    }

    private void assertAdministratorSawIt(Route route, Function<String, String> what) {
        Outcome admin = administrator.get(route.key());
        assertThat(admin == null ? 0 : admin.status())
                .as(
                        "%s",
                        what.apply("a 404 that hides something the administrator gets (administrator: "
                                + (admin == null ? "not asked" : admin.describe()) + ")"))
                .isNotIn(0, 404);
    }
}
