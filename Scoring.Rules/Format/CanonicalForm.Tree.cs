using System.Text.Json;
using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;

namespace Scoring.Rules.Format;

/// <summary>The canonical form of the tree: sections, blocks, items with their kinds, and conditions.</summary>
public static partial class CanonicalForm
{
    private static void Section(Utf8JsonWriter w, Section s)
    {
        w.WriteString("code", s.Code);
        w.WriteString("title", s.Title);
        Number(w, "max", s.Max);
        Codes(w, "applies-to", s.AppliesTo);
        if (s.AwardedBySuperior)
        {
            w.WriteString("awarded-by", "superior");
        }
        Array(w, "items", s.Items, Item);
    }

    private static void Block(Utf8JsonWriter w, string name, PointBlock b)
    {
        if (b.Items.Count == 0 && b.Max == 0m)
        {
            return;
        }
        w.WriteStartObject(name);
        Number(w, "max", b.Max);
        Array(w, "items", b.Items, Item);
        w.WriteEndObject();
    }

    private static void Item(Utf8JsonWriter w, Item i)
    {
        w.WriteString("code", i.Code);
        w.WriteString("title", i.Title);
        Number(w, "max", i.Max);
        w.WriteString("kind", i.Kind.Code);
        i.Kind.Match<Action>(
            yesNo: _ => () => { },
            judgment: j => () => Number(w, "step", j.Step),
            tiers: t => () =>
            {
                // Upper edges are written out (each tier ends where the next higher begins), so leaving an implied "to" out changes nothing.
                var tiers = t.Descending;
                Array(w, "tiers", [.. tiers.Select((x, k) => x with { To = k == 0 ? null : tiers[k - 1].From })],
                    (w, x) => { Number(w, "from", x.From); Optional(w, "to", x.To); Number(w, "points", x.Points); });
            },
            levels: l => () =>
            {
                Number(w, "step", l.Step);
                Array(w, "levels", l.Levels, (w, x) => { w.WriteString("code", x.Code); w.WriteString("name", x.Name); Number(w, "max", x.Max); });
            },
            count: c => () => Number(w, "unit", c.Unit),
            deductPer: d => () => Number(w, "per", d.Per),
            formula: f => () => w.WriteString("formula", f.Source))();
        if (i.EvidenceRequired)
        {
            w.WriteString("evidence", "required");
        }
        Codes(w, "applies-to", i.AppliesTo);
        Codes(w, "replaces", i.ReplacedCodes);
        if (i.MayBeNotApplicable)
        {
            w.WriteBoolean("may-be-not-applicable", true);
        }
    }

    private static void Condition(Utf8JsonWriter w, ConditionRule c)
    {
        w.WriteString("code", c.Code);
        w.WriteString("when", c.When);
        Optional(w, "at-most", c.AtMost);
        w.WriteString("reason", c.Reason);
    }

    /// <summary>Class bands, best first, each closed above by the one before it (bands are contiguous).</summary>
    private static void Bands(Utf8JsonWriter w, IReadOnlyList<ClassBand> classes) =>
        Array(w, "classes", [.. classes.Select((c, k) => c with { To = k == 0 ? null : classes[k - 1].From })],
            (w, c) =>
            {
                w.WriteString("name", c.Name);
                Number(w, "from", c.From);
                Optional(w, "to", c.To);
                if (c.Quota is { } q)
                {
                    // Only when set: versions written before quotas keep their canonical text.
                    w.WriteStartObject("quota");
                    Optional(w, "percent", q.Percent);
                    Optional(w, "count", q.Count);
                    Optional(w, "of", q.OfClass ?? (q.OfAll ? "all" : null));
                    w.WriteString("ties", q.TiesIn ? "in" : "out");
                    w.WriteEndObject();
                }
            });
}
