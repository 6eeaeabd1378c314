package org.mutualis.portal;

import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mutualis.portal.HandlerRoutes.Route;
import org.mutualis.procurement.ProcurementFixture;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request each route needs besides its path: the parameters and bodies its handler requires,
 * well formed, so that what answers is the access rule or the lookup, never a 400 for a missing
 * parameter. Values that would change shared data are chosen to be refused after the access
 * check (a blank name, a stale version, an unknown SIREN): the walks are about access and ids.
 */
final class RouteRequests {

    private RouteRequests() {}

    static AbstractMockHttpServletRequestBuilder<?> of(
            Route route, Map<String, String> variables, RouteWorld w, JsonMapper json) {
        String uri = route.expand(variables);
        long territory = w.t1.territory().id();
        AbstractMockHttpServletRequestBuilder<?> r =
                route.pattern().endsWith("/import") && route.pattern().contains("/campaigns/")
                        ? multipart(uri).file(answers())
                        : request(HttpMethod.valueOf(route.method().name()), uri);
        return switch (route.key()) {
            // The service centre's settings: refused after the access check (stale, blank, out of order)
            case "POST /servicedesk/centres/{centreId}" ->
                r.param("version", "987654")
                        .param("name", "Centre (routes)")
                        .param("openingHours", "MON-FRI 08:30-12:00")
                        .param("warningPercent", "75");
            case "POST /servicedesk/centres/{centreId}/agents" ->
                r.param("accountId", "" + w.users.get(RouteWorld.Persona.ADMIN).id());
            case "POST /servicedesk/centres/{centreId}/closures" ->
                r.param("firstDay", "2099-12-31").param("lastDay", "2099-12-24").param("label", "routes");
            case "POST /servicedesk/centres/{centreId}/targets/{priority}" ->
                r.param("takeCharge", "8")
                        .param("takeChargeUnit", "BUSINESS_HOURS")
                        .param("resolve", "2")
                        .param("resolveUnit", "BUSINESS_HOURS");
            case "POST /servicedesk/centres/{centreId}/categories" -> r.param("label", " ");
            // Census pages
            case "POST /campaigns" ->
                r.param("territoryId", "" + territory)
                        .param("name", " ")
                        .param("censusDate", "2012-03-01")
                        .param("thresholds", "1000,5000")
                        .param("lifespans", "8,5,5")
                        .param("otherLifespan", "5");
            case "POST /campaigns/{id}/bands" ->
                r.param("thresholds", "1000,5000").param("lifespans", "8,5,5").param("otherLifespan", "5");
            case "POST /campaigns/{id}/exclusions" ->
                r.param("collectivityId", "" + w.own)
                        .param("indicatorCode", "os_xp")
                        .param("reason", "routes");
            case "POST /campaigns/{id}/invitations" ->
                r.param("collectivityId", "" + w.own).param("email", "");
            case "POST /campaigns/{id}/responses/{collectivityId}" ->
                r.param("version", "987654").param("a." + RouteWorld.QUESTION, "1");
            case "POST /campaigns/{id}/responses/{collectivityId}/draft" ->
                r.param("version", "987654").param("a." + RouteWorld.QUESTION, "1");
            case "POST /campaigns/{id}/responses/{collectivityId}/validate" -> r.param("version", "987654");
            case "POST /campaigns/{id}/responses/{collectivityId}/return" ->
                r.param("version", "987654").param("statusComment", "routes");
            case "GET /campaigns/{id}/check" ->
                r.param("code", RouteWorld.QUESTION).param("a." + RouteWorld.QUESTION, "1");
            case "GET /campaigns/{id}/compare" -> r.param("with", "" + w.earlier.id());
            case "POST /admin/questionnaires/{theme}/{version}/questions/{code}" ->
                r.param("labelFr", "x").param("labelEn", "x").param("helpFr", "x");
            case "POST /admin/questionnaires/{theme}/{version}/questions/{code}/move" -> r.param("direction", "up");
            case "POST /admin/questionnaires/{theme}/{version}/questions" -> r.param("indicator", "os_xp");
            // Census API
            case "PUT /api/campaigns/{id}/responses/{collectivityId}" -> json(r, "{\"version\":987654,\"answers\":{}}");
            case "POST /api/campaigns/{id}/responses/{collectivityId}/validate" -> json(r, "{\"version\":987654}");
            case "POST /api/campaigns/{id}/responses/{collectivityId}/return" ->
                json(r, "{\"version\":987654,\"comment\":\"routes\"}");
            case "POST /api/campaigns/{id}/exclusions" ->
                json(r, "{\"collectivityId\":" + w.own + ",\"indicatorCode\":\"os_xp\",\"reason\":\"routes\"}");
            case "POST /api/campaigns/{id}/invitations" -> json(r, "{\"collectivityId\":" + w.own + ",\"email\":\"\"}");
            case "POST /api/campaigns/{id}/invitations/batch" ->
                json(r, "{\"invitations\":[{\"collectivityId\":" + w.own + ",\"email\":\"\"}]}");
            // Identity
            case "POST /admin/users" ->
                r.param("username", "").param("displayName", "").param("password", "");
            case "POST /account/password" ->
                r.param("current", "wrong").param("next", "x").param("confirmation", "y");
            case "POST /account/tokens" -> r.param("name", "");
            case "POST /invitation/{token}" -> r.param("password", "a").param("confirmation", "b");
            // Territory
            case "GET /territories/import", "POST /territories/import" -> r.param("siren", "200000000");
            case "POST /api/territories/import" -> json(r, "{\"siren\":\"200000000\"}");
            // Procurements, thresholds
            case "POST /procurements" -> procurementForm(r, w);
            case "POST /procurements/{id}" -> procurementForm(r, w).param("version", "987654");
            case "POST /procurements/{id}/assessment/offers" -> r.param("offerId", "" + w.offer);
            case "POST /api/procurements" ->
                json(r, json.writeValueAsString(ProcurementFixture.group(w.t1).form()));
            case "PUT /api/procurements/{id}" ->
                json(r, json.writeValueAsString(ProcurementFixture.group(w.t1).form()))
                        .param("version", "987654");
            case "PUT /api/procurements/{id}/assessment/offers/{offerId}" ->
                json(r, "{\"supplier\":\"\",\"amount\":\"\",\"version\":987654}");
            case "POST /admin/thresholds" -> thresholdForm(r, RouteWorld.nextThresholdYear());
            case "POST /admin/thresholds/{id}" ->
                thresholdForm(r, RouteWorld.nextThresholdYear()).param("version", "987654");
            case "POST /api/thresholds" ->
                json(r, json.writeValueAsString(RouteWorld.threshold(RouteWorld.nextThresholdYear())));
            case "PUT /api/thresholds/{id}" ->
                json(r, json.writeValueAsString(RouteWorld.threshold(RouteWorld.nextThresholdYear())))
                        .param("version", "987654");
            // Offers, items, size classes, scenarios
            case "POST /offers/items" -> r.param("territory", "" + territory).param("code", "");
            case "POST /offers" -> r.param("territory", "" + territory).param("supplier", "");
            case "POST /offers/{id}" -> r.param("version", "987654").param("supplier", "");
            case "POST /offers/size-classes" ->
                r.param("territory", "" + territory).param("code", "");
            case "POST /api/items" -> json(r, "{\"code\":\"\",\"label\":\"\",\"pricesTtc\":false}");
            case "PUT /api/size-classes" -> json(r, "[]").param("territory", "" + territory);
            case "POST /api/offers" -> json(r, "{}").param("territory", "" + territory);
            case "PUT /api/offers/{id}" -> json(r, "{\"version\":987654,\"offer\":{}}");
            case "POST /scenarios/study", "POST /api/scenarios/study" ->
                withJsonIfApi(route, r).param("territory", "" + territory);
            case "POST /scenarios" ->
                r.param("territory", "" + territory).param("name", "").param("kind", "");
            case "POST /scenarios/{id}" -> r.param("version", "987654");
            case "POST /api/scenarios" ->
                json(r, "{\"name\":\"\",\"kind\":\"\"}").param("territory", "" + territory);
            case "PUT /api/scenarios/{id}" -> json(r, "{\"version\":987654,\"scenario\":{}}");
            // Programme: a stale version and an empty body, refused once access is granted
            case "POST /programmes/{id}",
                    "POST /programmes/{id}/actions/{actionId}",
                    "POST /programmes/{id}/tasks/{taskId}",
                    "POST /programmes/{id}/tasks/{taskId}/status",
                    "POST /programmes/template/{templateId}" -> r.param("version", "987654");
            case "POST /api/programmes/{id}/stages", "POST /api/programmes/{id}/actions" -> json(r, "{}");
            case "POST /api/programmes" -> json(r, "{\"fromStudy\":false}");
            case "POST /api/programmes/{id}/actions/{actionId}/tasks", "POST /api/programmes/task-template" ->
                json(r, "{\"milestone\":false}");
            case "PUT /api/programmes/{id}/stages/{stageId}", "PUT /api/programmes/{id}/actions/{actionId}" ->
                json(r, "{}").param("version", "987654");
            case "PUT /api/programmes/{id}" -> json(r, "{\"fromStudy\":false}").param("version", "987654");
            case "PUT /api/programmes/{id}/tasks/{taskId}", "PUT /api/programmes/task-template/{templateId}" ->
                json(r, "{\"milestone\":false}").param("version", "987654");
            case "PUT /api/programmes/{id}/tasks/{taskId}/status" ->
                json(r, "{\"followWork\":false}").param("version", "987654");
            // Programme governance: refused after the access check (a blank name, no date, no text)
            case "POST /api/programmes/{id}/bodies", "PUT /api/programmes/{id}/bodies/{bodyId}" ->
                json(r, "{\"kind\":\"OTHER\",\"name\":\"\"}");
            case "POST /api/programmes/{id}/bodies/{bodyId}/members" -> json(r, "{\"name\":\"\",\"role\":\"MEMBER\"}");
            case "POST /api/programmes/{id}/bodies/{bodyId}/meetings" -> json(r, "{\"time\":\"14:00\"}");
            case "PUT /api/programmes/{id}/meetings/{meetingId}" ->
                json(r, "{\"date\":\"2012-03-09\",\"time\":\"14:00\",\"version\":987654}");
            case "POST /api/programmes/{id}/decisions", "PUT /api/programmes/{id}/decisions/{decisionId}" ->
                json(r, "{\"text\":\"\"}");
            case "PUT /api/programmes/{id}/deliberations/numbers" -> json(r, "{\"number\":\"\"}");
            case "POST /api/programmes/{id}/deliberations" -> json(r, "{\"subject\":\"\"}");
            case "POST /programmes/{id}/meetings/{meetingId}" ->
                r.param("version", "987654").param("date", "2012-03-09").param("time", "14:00");
            // Service desk — trainings (issue 13): refused after the access check (a blank topic, name or
            // need, a stale version); the attendance marks Botsorhel's trainee present again.
            case "POST /servicedesk/trainings" ->
                r.param("territory", "" + territory).param("topic", "");
            case "POST /api/servicedesk/trainings" ->
                json(r, "{\"topic\":\"\"}").param("territory", "" + territory);
            case "POST /servicedesk/trainings/{id}" -> r.param("version", "987654");
            case "PUT /api/servicedesk/trainings/{id}" -> json(r, "{\"version\":987654}");
            case "POST /servicedesk/trainings/{id}/registrations" ->
                r.param("collectivityId", "" + w.own).param("personName", "");
            case "POST /api/servicedesk/trainings/{id}/registrations" ->
                json(r, "{\"collectivityId\":" + w.own + ",\"personName\":\"\"}");
            case "POST /servicedesk/trainings/{id}/attendance" ->
                r.param("marks[0].registrationId", "" + w.trainingRegistration).param("marks[0].presence", "PRESENT");
            case "PUT /api/servicedesk/trainings/{id}/attendance" ->
                json(r, "{\"marks\":[{\"registrationId\":" + w.trainingRegistration + ",\"presence\":\"PRESENT\"}]}");
            case "POST /servicedesk/trainings/needs" ->
                r.param("collectivityId", "" + w.own).param("topic", "").param("people", "1");
            case "POST /api/servicedesk/trainings/needs" ->
                json(r, "{\"collectivityId\":" + w.own + ",\"topic\":\"\",\"people\":1}");
            case "POST /servicedesk/trainings/needs/{needId}/answer" -> r.param("sessionId", "" + w.trainingSession);
            case "PUT /api/servicedesk/trainings/needs/{needId}/answer" ->
                json(r, "{\"sessionId\":" + w.trainingSession + "}");
            // Service desk — tickets: stale versions and blank texts, refused after the access check.
            case "POST /servicedesk/tickets/{ticketId}/status",
                    "POST /servicedesk/tickets/{ticketId}/assign",
                    "POST /servicedesk/tickets/{ticketId}/priority" -> r.param("version", "987654");
            case "POST /api/servicedesk/tickets/{ticketId}/status" ->
                json(r, "{\"status\":\"IN_PROGRESS\",\"version\":987654}");
            case "POST /api/servicedesk/tickets/{ticketId}/assignee",
                    "POST /api/servicedesk/tickets/{ticketId}/priority" ->
                json(r, "{\"impact\":3,\"urgency\":3,\"version\":987654}");
            case "POST /api/servicedesk/tickets/{ticketId}/follow-ups" -> json(r, "{\"text\":\"\"}");
            case "POST /api/servicedesk/tickets/{ticketId}/satisfaction" -> json(r, "{\"score\":0}");
            case "POST /api/servicedesk/tickets" -> json(r, "{\"title\":\"\"}");
            // The knowledge base (servicedesk): refused after the access check (a blank title, a stale version)
            case "POST /servicedesk/kb" ->
                r.param("title", " ").param("body", "x").param("visibility", "CORRESPONDENTS");
            case "POST /servicedesk/kb/{articleId}" ->
                r.param("version", "987654")
                        .param("title", "x")
                        .param("body", "x")
                        .param("visibility", "CORRESPONDENTS");
            case "POST /servicedesk/kb/preview" -> r.param("body", "**x**");
            case "GET /servicedesk/kb/suggest", "GET /api/servicedesk/articles/suggest" -> r.param("q", "imprimante");
            case "POST /api/servicedesk/articles" ->
                json(r, "{\"title\":\" \",\"body\":\"x\",\"categoryId\":null,\"visibility\":\"CORRESPONDENTS\"}");
            case "PUT /api/servicedesk/articles/{articleId}" ->
                json(r, "{\"title\":\"x\",\"body\":\"x\",\"categoryId\":null,\"visibility\":\"CORRESPONDENTS\"}")
                        .param("version", "987654");
            // The service's money side (servicefinance): refused after the access check (a blank label,
            // a stale version, a convention without a forecast); lists of Botsorhel's territory.
            case "GET /servicefinance",
                    "GET /servicefinance/services",
                    "GET /servicefinance/services/new",
                    "GET /servicefinance/conventions",
                    "GET /servicefinance/conventions/new",
                    "GET /api/servicefinance/services",
                    "GET /api/servicefinance/settings",
                    "GET /api/servicefinance/conventions",
                    "GET /api/servicefinance/conventions/renewals",
                    "GET /servicefinance/unit-costs",
                    "GET /servicefinance/unit-costs/new",
                    "GET /servicefinance/communications",
                    "GET /servicefinance/units",
                    "GET /api/servicefinance/unit-costs",
                    "GET /api/servicefinance/communications" -> r.param("territory", "" + territory);
            // The alternatives compared and the size classes: Botsorhel's territory in 2015; changes
            // refused after the access check (no class filled in, a stale version).
            case "GET /servicefinance/alternatives",
                    "GET /servicefinance/alternatives.ods",
                    "GET /servicefinance/subscription-classes",
                    "GET /servicefinance/subscription-classes/edit",
                    "GET /servicefinance/subscription-classes/delete",
                    "GET /api/servicefinance/alternatives",
                    "GET /api/servicefinance/subscription-classes" ->
                r.param("territory", "" + territory).param("year", "2015");
            case "POST /servicefinance/subscription-classes" ->
                r.param("territory", "" + territory)
                        .param("year", "2015")
                        .param("version", "987654")
                        .param("rows[0].label", " ");
            case "POST /servicefinance/subscription-classes/delete",
                    "DELETE /api/servicefinance/subscription-classes" ->
                r.param("territory", "" + territory).param("year", "2015").param("version", "987654");
            case "PUT /api/servicefinance/subscription-classes" ->
                json(r, "{\"rows\":[],\"version\":987654}")
                        .param("territory", "" + territory)
                        .param("year", "2015");
            // Unit costs and recorded units: refused after the access check (no service, a stale version,
            // no justification).
            case "POST /servicefinance/unit-costs" ->
                r.param("territory", "" + territory).param("year", "2015").param("accountsYear", "2014");
            case "POST /servicefinance/unit-costs/{unitCostId}" ->
                r.param("version", "987654").param("accountsYear", "2014");
            case "POST /servicefinance/conventions/{conventionId}/communication" ->
                r.param("year", "2015").param("version", "987654");
            case "POST /servicefinance/collectivities/{collectivityId}/units" ->
                r.param("usedOn", "2015-06-01").param("units", "2").param("justification", " ");
            case "POST /api/servicefinance/unit-costs" ->
                json(r, "{\"year\":2015,\"accountsYear\":2014}").param("territory", "" + territory);
            case "PUT /api/servicefinance/unit-costs/{unitCostId}" ->
                json(r, "{\"accountsYear\":2014,\"version\":987654}");
            case "PUT /api/servicefinance/conventions/{conventionId}/communication" ->
                json(r, "{\"version\":987654}").param("year", "2015");
            case "POST /api/servicefinance/collectivities/{collectivityId}/units" ->
                json(r, "{\"units\":2,\"justification\":\"\"}");
            case "POST /servicefinance/settings" ->
                r.param("territory", "" + territory).param("version", "987654").param("reminderDays", "90");
            case "POST /servicefinance/services" ->
                r.param("territory", "" + territory).param("label", " ").param("unit", "TICKET");
            case "POST /servicefinance/services/{serviceId}" ->
                r.param("version", "987654").param("label", "Service (routes)").param("unit", "TICKET");
            case "POST /servicefinance/conventions" ->
                r.param("territory", "" + territory)
                        .param("collectivityId", "" + w.own)
                        .param("kind", "SUBSCRIPTION")
                        .param("signedOn", "2099-01-01")
                        .param("durationYears", "1")
                        .param("costMethod", "FLAT_SUBSCRIPTION");
            case "POST /servicefinance/conventions/{conventionId}" ->
                r.param("version", "987654").param("collectivityId", "" + w.own);
            case "POST /api/servicefinance/services" ->
                json(r, "{\"label\":\"\",\"unit\":\"TICKET\"}").param("territory", "" + territory);
            case "PUT /api/servicefinance/services/{serviceId}" ->
                json(r, "{\"label\":\"Service (routes)\",\"unit\":\"TICKET\",\"version\":987654}");
            case "PUT /api/servicefinance/settings" ->
                json(r, "{\"reminderDays\":90,\"version\":987654}").param("territory", "" + territory);
            case "POST /api/servicefinance/conventions" ->
                json(r, "{\"collectivityId\":" + w.own + "}").param("territory", "" + territory);
            case "PUT /api/servicefinance/conventions/{conventionId}" -> json(r, "{\"version\":987654}");
            // The inventory: refused after the access check (a blank label, a stale version); the agents'
            // endpoint gets an OCS agent's PROLOG (answered SEND with a real token, 404 with an unknown one).
            case "POST /inventory/collectivities/{collectivityId}/enrolments" -> r.param("label", " ");
            case "POST /api/inventory/collectivities/{collectivityId}/enrolments" -> json(r, "{\"label\":\"\"}");
            case "POST /inventory/settings" ->
                r.param("territory", "" + territory)
                        .param("version", "987654")
                        .param("staleDays", "30")
                        .param("excludedDays", "90");
            case "PUT /api/inventory/settings" ->
                json(r, "{\"staleDays\":30,\"excludedDays\":90,\"version\":987654}")
                        .param("territory", "" + territory);
            case "GET /inventory",
                    "GET /api/inventory/collectivities",
                    "GET /api/inventory/settings",
                    "GET /inventory/renewal",
                    "GET /inventory/renewal.ods",
                    "GET /api/inventory/renewal",
                    "GET /api/inventory/exposure" -> r.param("territory", "" + territory);
            case "POST /api/inventory/agent/{enrolmentToken}" ->
                r.contentType(MediaType.APPLICATION_XML)
                        .content(
                                "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><REQUEST><DEVICEID>routes-2026-11-30-10-00-00"
                                        + "</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>");
            // The inventory's rules and end-of-support table: refused after the access check (a stale
            // version, a blank pattern or product).
            case "GET /inventory/rules", "GET /api/inventory/rules/try" ->
                r.param("field", "CHASSIS").param("text", "Notebook");
            case "GET /api/inventory/lifecycle/status" ->
                r.param("product", "windows").param("version", "10 22H2");
            case "POST /inventory/rules/{ruleId}",
                    "POST /inventory/rules/{ruleId}/enable",
                    "POST /inventory/rules/{ruleId}/disable",
                    "POST /inventory/rules/{ruleId}/move",
                    "POST /inventory/rules/{ruleId}/delete",
                    "POST /api/inventory/rules/{ruleId}/enable",
                    "POST /api/inventory/rules/{ruleId}/disable",
                    "POST /api/inventory/rules/{ruleId}/move",
                    "DELETE /api/inventory/rules/{ruleId}",
                    "POST /inventory/lifecycle/{entryId}",
                    "POST /inventory/lifecycle/{entryId}/delete",
                    "DELETE /api/inventory/lifecycle/{entryId}" -> r.param("version", "987654");
            case "POST /api/inventory/rules" -> json(r, "{\"kind\":\"OS\",\"pattern\":\" \"}");
            case "PUT /api/inventory/rules/{ruleId}" -> json(r, "{\"version\":987654}");
            case "POST /api/inventory/lifecycle" -> json(r, "{\"product\":\" \"}");
            case "PUT /api/inventory/lifecycle/{entryId}" -> json(r, "{\"version\":987654}");
            default -> r;
        };
    }

    private static AbstractMockHttpServletRequestBuilder<?> json(
            AbstractMockHttpServletRequestBuilder<?> r, String body) {
        return r.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static AbstractMockHttpServletRequestBuilder<?> withJsonIfApi(
            Route route, AbstractMockHttpServletRequestBuilder<?> r) {
        return route.api() ? r.accept(MediaType.APPLICATION_JSON) : r;
    }

    /** A small answer file for Botsorhel: the staff get it checked (and refused), the others a 403. */
    private static MockMultipartFile answers() {
        return new MockMultipartFile(
                "file",
                "answers.csv",
                "text/csv",
                ("code," + RouteWorld.QUESTION + "\n" + BOTSORHEL + ",1\n").getBytes(StandardCharsets.UTF_8));
    }

    private static AbstractMockHttpServletRequestBuilder<?> procurementForm(
            AbstractMockHttpServletRequestBuilder<?> r, RouteWorld w) {
        long morlaix = w.t1.id(MORLAIX);
        return r.param("territoryId", "" + w.t1.territory().id())
                .param("subject", "Téléphonie (routes)")
                .param("theme", "TELECOM")
                .param("thresholdKind", "SUPPLIES_AND_SERVICES")
                .param("procedureKind", "PURCHASING_GROUP")
                .param("coordinatorId", "" + morlaix)
                .param("conventionSignedOn", "2012-03-01")
                .param("awardProcedure", "ADAPTED")
                .param("publicationOn", "2012-04-01")
                .param("startOn", "2012-07-01")
                .param("endOn", "2015-06-30")
                .param("lots[0].title", "Téléphonie")
                .param("lots[0].estimatedAmountHt", "150 000")
                .param("members[" + morlaix + "].member", "on")
                .param("members[" + morlaix + "].deliberationOn", "2012-02-15");
    }

    private static AbstractMockHttpServletRequestBuilder<?> thresholdForm(
            AbstractMockHttpServletRequestBuilder<?> r, int year) {
        return r.param("kind", "WORKS")
                .param("amountHt", "5 000 000")
                .param("validFrom", year + "-01-01")
                .param("validUntil", year + "-12-31")
                .param("legalSource", "Avis (routes)");
    }
}
