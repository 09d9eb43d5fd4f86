package org.llmcostplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.format.ZoneNames;
import org.llmcostplanner.model.usage.Anomaly;
import org.llmcostplanner.model.usage.BudgetAlert;
import org.llmcostplanner.model.usage.ImportSummary;
import org.llmcostplanner.model.usage.RejectReason;
import org.llmcostplanner.model.usage.RejectedRow;
import org.llmcostplanner.model.usage.UsageDashboard;
import org.llmcostplanner.model.usage.UsageTotals;

/** What {@code usage} prints: JSON (costs exact, from whole nano-USD) or a table. */
final class UsageReport {
    private UsageReport() {
    }

    static String json(UsageDashboard d, List<BudgetAlert> alerts, List<Anomaly> anomalies) throws Exception {
        var mapper = UsageCommand.mapper();
        ObjectNode root = mapper.createObjectNode();
        ImportSummary rows = d.rows();
        root.put("rowsRead", rows.rowsRead());
        root.put("rowsAccepted", rows.rowsAccepted());
        root.put("rowsRejected", rows.rowsRejected());
        ObjectNode reasons = root.putObject("rejectedByReason");
        for (Map.Entry<RejectReason, Long> entry : rows.rejectedByReason().entrySet()) {
            reasons.put(entry.getKey().label(), entry.getValue());
        }
        ArrayNode first = root.putArray("firstRejected");
        for (RejectedRow row : rows.firstRejected()) {
            first.addObject().put("file", row.source()).put("line", row.line()).put("reason", row.reason().label())
                    .put("detail", row.detail());
        }
        root.put("timeZone", d.zone().getId());
        root.put("totalCost", UsageCommand.usd(d.totals().costNanoUsd()));
        root.put("calls", d.totals().calls());
        root.put("estimatedCostShare", ReportCommand.plain(d.estimatedCostShare()));
        ObjectNode byModel = root.putObject("byModel");
        d.byModel().forEach(b -> totals(byModel.putObject(b.name()), b.totals()));
        ObjectNode byFeature = root.putObject("byFeature");
        d.byFeature().forEach(b -> totals(byFeature.putObject(b.name()), b.totals()));
        ObjectNode byDay = root.putObject("byDay");
        d.byDay().forEach(day -> totals(byDay.putObject(day.day().toString()), day.totals()));
        ArrayNode users = root.putArray("topUsers");
        d.topUsers().forEach(u -> users.addObject().put("user", u.userId()).put("cost", UsageCommand.usd(u.costNanoUsd()))
                .put("calls", u.calls()));
        if (d.latencyP50Ms().isPresent()) {
            root.put("latencyP50Ms", ReportCommand.plain(d.latencyP50Ms().getAsDouble()));
            root.put("latencyP95Ms", ReportCommand.plain(d.latencyP95Ms().getAsDouble()));
        } else {
            root.putNull("latencyP50Ms");
            root.putNull("latencyP95Ms");
        }
        root.put("retryCostShare", ReportCommand.plain(d.retryCostShare()));
        ArrayNode alertNodes = root.putArray("alerts");
        for (BudgetAlert alert : alerts) {
            alertNodes.addObject().put("day", alert.day().toString()).put("scope", alert.scope())
                    .put("threshold", ReportCommand.plain(alert.threshold())).put("spend", ReportCommand.plain(alert.spendUsd()))
                    .put("budget", ReportCommand.plain(alert.budgetUsd())).put("message", alert.describe());
        }
        ArrayNode anomalyNodes = root.putArray("anomalies");
        for (Anomaly anomaly : anomalies) {
            anomalyNodes.addObject().put("day", anomaly.day().toString()).put("kind", anomaly.kind().label())
                    .put("scope", anomaly.scope()).put("message", anomaly.describe());
        }
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }

    private static void totals(ObjectNode node, UsageTotals totals) {
        node.put("cost", UsageCommand.usd(totals.costNanoUsd())).put("calls", totals.calls());
    }

    static String table(UsageDashboard d, List<BudgetAlert> alerts, List<Anomaly> anomalies) {
        String nl = System.lineSeparator();
        String rule = "-".repeat(64) + nl;
        ImportSummary rows = d.rows();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s rows read: %s accepted, %s rejected%n", Money.count(rows.rowsRead()),
                Money.count(rows.rowsAccepted()), Money.count(rows.rowsRejected())));
        rows.rejectedByReason().forEach((reason, count) -> out.append(String.format(Locale.ROOT, "  %-34s %s%n",
                reason.label(), Money.count(count))));
        for (RejectedRow row : rows.firstRejected()) {
            out.append("  ").append(row.source()).append(", line ").append(row.line()).append(": ").append(row.detail()).append(nl);
        }
        out.append(nl).append(String.format(Locale.ROOT, "Spend %s over %s calls (days in %s); retries %s of it%n",
                Money.usd(d.totalCostUsd()), Money.count(d.totals().calls()), ZoneNames.of(d.zone()), Money.percent(d.retryCostShare())));
        if (d.latencyP50Ms().isPresent()) {
            out.append(String.format(Locale.ROOT, "Latency p50 %s ms, p95 %s ms%n", Money.tenths(d.latencyP50Ms().getAsDouble()),
                    Money.tenths(d.latencyP95Ms().getAsDouble())));
        }
        out.append(nl).append("By model").append(nl).append(rule);
        d.byModel().forEach(b -> line(out, b.name(), b.totals(), d.totalCostUsd()));
        out.append(nl).append("By feature").append(nl).append(rule);
        d.byFeature().forEach(b -> line(out, b.name().isEmpty() ? "(none)" : b.name(), b.totals(), d.totalCostUsd()));
        out.append(nl).append("By day").append(nl).append(rule);
        d.byDay().forEach(day -> line(out, day.day().toString(), day.totals(), d.totalCostUsd()));
        out.append(nl).append("Top users").append(nl).append(rule);
        d.topUsers().forEach(u -> out.append(String.format(Locale.ROOT, "  %-30s %14s %10s calls%n", u.userId(),
                Money.usd(u.costUsd()), Money.count(u.calls()))));
        out.append(nl).append("Alerts (").append(alerts.size()).append(')').append(nl).append(rule);
        alerts.forEach(alert -> out.append("  ").append(alert.describe()).append(nl));
        out.append(nl).append("Anomalies (").append(anomalies.size()).append(')').append(nl).append(rule);
        anomalies.forEach(anomaly -> out.append("  ").append(anomaly.describe()).append(nl));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, UsageTotals totals, double allUsd) {
        out.append(String.format(Locale.ROOT, "  %-30s %14s %7s %10s calls%n", name, Money.usd(totals.costUsd()),
                Money.percent(allUsd > 0 ? totals.costUsd() / allUsd : 0), Money.count(totals.calls())));
    }
}
