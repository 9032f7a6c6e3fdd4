using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scoring.Engine.Text;

namespace Scoring.Engine.Evaluation;

/// <summary>The canonical JSON of a result: fixed field order, invariant numbers; equal results give equal bytes.</summary>
/// <remarks>Stored runs hold this text and replay compares it byte for byte, so its shape never changes. Property names
/// and each item's fixed texts are encoded once (per process and per version); numbers are formatted straight to UTF-8.</remarks>
public static class ResultJson
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = Encoder };

    /// <summary>Serialises one result.</summary>
    public static string Write(AgencyResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(32 * 1024);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            Write(w, result);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A text encoded the way the canonical JSON encodes it.</summary>
    internal static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, Encoder);

    private static void Write(Utf8JsonWriter w, AgencyResult r)
    {
        w.WriteStartObject();
        w.WriteString(N.Version, r.VersionId);
        w.WriteString(N.Agency, r.AgencyCode);
        w.WriteString(N.Name, r.AgencyName);
        w.WriteString(N.Group, r.Group);
        w.WriteString(N.Status, r.Status.ToString());
        w.WriteString(N.StatusReason, r.StatusReason);
        w.WriteStartArray(N.Items);
        foreach (var i in r.Items)
        {
            Item(w, i);
        }
        w.WriteEndArray();
        w.WriteStartArray(N.Sections);
        foreach (var s in r.Sections)
        {
            w.WriteStartObject();
            w.WriteString(N.Code, s.Code);
            w.WriteString(N.Title, s.Title);
            Number(w, N.Max, s.Max);
            Number(w, N.ApplicableMax, s.ApplicableMax);
            Number(w, N.Sum, s.Sum);
            Number(w, N.Points, s.Points);
            w.WriteBoolean(N.Superior, s.AwardedBySuperior);
            w.WriteString(N.Note, s.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Block(w, N.Bonus, r.Bonus);
        Block(w, N.Deductions, r.Deductions);
        Number(w, N.TreeTotal, r.TreeTotal);
        Number(w, N.ApplicableMax, r.ApplicableMax);
        Number(w, N.RescaledTotal, r.RescaledTotal);
        Number(w, N.TotalBeforeRounding, r.TotalBeforeRounding);
        Number(w, N.Total, r.Total);
        w.WriteString(N.Band, r.Band?.Name);
        w.WriteString(N.Class, r.ClassName);
        w.WriteStartArray(N.Conditions);
        foreach (var c in r.Conditions)
        {
            w.WriteStartObject();
            w.WriteString(N.Rule, c.RuleName);
            w.WriteString(N.When, c.When);
            w.WriteString(N.Reason, c.Reason);
            w.WriteString(N.AtMost, c.AtMost);
            w.WriteBoolean(N.Changed, c.Changed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Item(Utf8JsonWriter w, ItemResult i)
    {
        var f = i.Facts;
        w.WriteStartObject();
        w.WriteString(N.Code, f.CodeJson);
        w.WriteString(N.Title, f.TitleJson);
        w.WriteString(N.Kind, f.KindJson);
        w.WriteString(N.Role, f.RoleJson);
        if (f.SectionJson is { } section)
        {
            w.WriteString(N.Section, section);
        }
        else
        {
            w.WriteNull(N.Section);
        }
        w.WriteBoolean(N.Applicable, i.Applicable);
        w.WriteString(N.NotApplicable, i.NotApplicableReason);
        w.WriteStartArray(N.Inputs);
        foreach (var u in i.Inputs)
        {
            w.WriteStartObject();
            w.WriteString(N.Name, u.Name);
            Number(w, N.Value, u.Value);
            w.WriteString(N.Text, u.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Number(w, N.Max, i.Max);
        Number(w, N.Raw, i.RawPoints);
        Number(w, N.Points, i.Points);
        w.WriteString(N.Rule, f.RuleJson);
        w.WriteString(N.Formula, f.FormulaJson);
        w.WriteString(N.Note, i.Note);
        if (i.IsAppraised)
        {
            Number(w, N.Self, i.SelfPoints ?? 0m);
            w.WriteString(N.AppraisalReason, i.AppraisalReason);
        }
        w.WriteEndObject();
    }

    private static void Block(Utf8JsonWriter w, JsonEncodedText name, BlockResult b)
    {
        w.WriteStartObject(name);
        Number(w, N.Max, b.Max);
        Number(w, N.Sum, b.Sum);
        Number(w, N.Points, b.Points);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, JsonEncodedText name, decimal value)
    {
        Span<byte> buffer = stackalloc byte[Num.MaxChars];
        w.WritePropertyName(name);
        w.WriteRawValue(Num.InvariantUtf8(value, buffer), skipInputValidation: true);
    }

    /// <summary>Property names, encoded once.</summary>
    private static class N
    {
        public static readonly JsonEncodedText Version = Encode("version"), Agency = Encode("agency"), Name = Encode("name"), Group = Encode("group"),
            Status = Encode("status"), StatusReason = Encode("statusReason"), Items = Encode("items"), Sections = Encode("sections"), Code = Encode("code"),
            Title = Encode("title"), Kind = Encode("kind"), Role = Encode("role"), Section = Encode("section"), Applicable = Encode("applicable"),
            NotApplicable = Encode("notApplicable"), Inputs = Encode("inputs"), Value = Encode("value"), Text = Encode("text"), Max = Encode("max"),
            Raw = Encode("raw"), Points = Encode("points"), Rule = Encode("rule"), Formula = Encode("formula"), Note = Encode("note"), Self = Encode("self"),
            AppraisalReason = Encode("appraisalReason"), ApplicableMax = Encode("applicableMax"), Sum = Encode("sum"), Superior = Encode("superior"),
            Bonus = Encode("bonus"), Deductions = Encode("deductions"), TreeTotal = Encode("treeTotal"), RescaledTotal = Encode("rescaledTotal"),
            TotalBeforeRounding = Encode("totalBeforeRounding"), Total = Encode("total"), Band = Encode("band"), Class = Encode("class"),
            Conditions = Encode("conditions"), When = Encode("when"), Reason = Encode("reason"), AtMost = Encode("atMost"), Changed = Encode("changed");
    }
}
