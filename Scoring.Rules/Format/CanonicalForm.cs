using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scoring.Engine.Criteria;
using Scoring.Engine.Kinds;
using Scoring.Engine.Text;

namespace Scoring.Rules.Format;

/// <summary>The canonical form of a version: JSON in the criteria file's own keys, fixed key order, normalised numbers and
/// expressions. Reformatting a file does not change it; any change of meaning does. <see cref="CriteriaReader"/> reads it back.</summary>
public static partial class CanonicalForm
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serialises a version canonically.</summary>
    public static string Write(CriteriaVersion v)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            var id = v.Identity;
            w.WriteString("id", id.Id);
            w.WriteString("title", id.Title);
            Optional(w, "jurisdiction", id.Jurisdiction);
            w.WriteBoolean("sample", id.IsSample);
            if (id.Year is { } year)
            {
                // Only when set: the canonical text (and hash) of a version written before the field stays as it was.
                w.WriteNumber("year", year);
            }
            if (id.DecisionNumber is not null || id.DecisionDate is not null)
            {
                w.WriteStartObject("decision");
                Optional(w, "number", id.DecisionNumber);
                Optional(w, "date", id.DecisionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }
            if (id.EffectiveFrom is not null || id.EffectiveTo is not null)
            {
                w.WriteStartObject("effective");
                Optional(w, "from", id.EffectiveFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                Optional(w, "to", id.EffectiveTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }
            Optional(w, "replaces", id.Replaces);
            Number(w, "scale", v.Scale);
            w.WriteStartObject("rounding");
            w.WriteString("mode", v.Rounding.Mode switch { RoundingMode.HalfEven => "half-even", RoundingMode.Down => "down", RoundingMode.Up => "up", _ => "half-up" });
            Optional(w, "item", v.Rounding.ItemStep);
            Optional(w, "section", v.Rounding.SectionStep);
            Optional(w, "total", v.Rounding.TotalStep);
            w.WriteEndObject();
            w.WriteString("rescaling", v.Rescaling == RescalingPolicy.Proportional ? "proportional" : "none");
            w.WriteStartObject("ranking");
            w.WriteString("method", v.Ranking.Method == RankingMethod.Dense ? "dense" : "competition");
            w.WriteString("within", v.Ranking.Within == RankingScope.All ? "all" : "group");
            if (v.Ranking.By == RankingOrder.ClassThenPoints)
            {
                // Only when not the default: versions written before "by" keep their canonical text and hash.
                w.WriteString("by", "class-then-points");
            }
            if (v.Ranking.Predecessors == PredecessorComparison.Mean)
            {
                w.WriteString("predecessors", "mean");
            }
            w.WriteEndObject();
            Array(w, "groups", v.Groups, (w, g) =>
            {
                w.WriteString("code", g.Code);
                w.WriteString("name", g.Name);
                // Only when set: versions written before groups had their own scale keep their canonical text.
                Optional(w, "scale", g.Scale);
                if (g.Rescaling is { } own)
                {
                    w.WriteString("rescaling", own == RescalingPolicy.Proportional ? "proportional" : "none");
                }
                if (g.Classes is { } bands)
                {
                    // Only when set: versions written before groups had their own bands keep their canonical text.
                    Bands(w, bands);
                }
            });
            Array(w, "inputs", v.Inputs, Input);
            Array(w, "sections", v.Sections, Section);
            Block(w, "bonus", v.Bonus);
            Block(w, "deductions", v.Deductions);
            Bands(w, v.Classes);
            Array(w, "caps", v.Caps, Condition);
            Array(w, "eligibility", v.Eligibility, Condition);
            if (v.Submission is { } uploads)
            {
                Optional(w, "deadline", uploads.DeadlineMonth is { } m ? $"{m:00}-{uploads.DeadlineDay:00}" : null);
                w.WriteString("late", uploads.Late == LatePolicy.Flag ? "flag" : "refuse");
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The SHA-256 of the canonical form, lowercase hex.</summary>
    public static string Hash(CriteriaVersion v) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Write(v))));

    private static void Input(Utf8JsonWriter w, InputDeclaration i)
    {
        w.WriteString("code", i.Code);
        w.WriteString("title", i.Title);
        w.WriteString("type", i.Type switch { InputType.Count => "count", InputType.Percent => "percent", InputType.Boolean => "yes-no", _ => "number" });
        Optional(w, "default", i.Default);
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> values, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStartObject();
            write(w, value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Codes(Utf8JsonWriter w, string name, IReadOnlyList<string> codes)
    {
        if (codes.Count == 0)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (var code in codes.Distinct().Order(StringComparer.Ordinal))
        {
            w.WriteStringValue(code);
        }
        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            Number(w, name, v);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(Num.Invariant(value), skipInputValidation: true);
    }
}
