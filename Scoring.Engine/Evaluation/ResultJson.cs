using System.Text;
using System.Text.Json;
using Scoring.Engine.Text;

namespace Scoring.Engine.Evaluation;

/// <summary>The canonical JSON of a result: fixed field order, invariant numbers; equal results give equal bytes.</summary>
public static class ResultJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serialises one result.</summary>
    public static string Write(AgencyResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            Write(w, result);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter w, AgencyResult r)
    {
        w.WriteStartObject();
        w.WriteString("version", r.VersionId);
        w.WriteString("agency", r.AgencyCode);
        w.WriteString("name", r.AgencyName);
        w.WriteString("group", r.Group);
        w.WriteString("status", r.Status.ToString());
        w.WriteString("statusReason", r.StatusReason);
        w.WriteStartArray("items");
        foreach (var i in r.Items)
        {
            w.WriteStartObject();
            w.WriteString("code", i.Code);
            w.WriteString("title", i.Title);
            w.WriteString("kind", i.Kind);
            w.WriteString("role", i.Role.ToString());
            w.WriteString("section", i.SectionCode);
            w.WriteBoolean("applicable", i.Applicable);
            w.WriteString("notApplicable", i.NotApplicableReason);
            w.WriteStartArray("inputs");
            foreach (var u in i.Inputs)
            {
                w.WriteStartObject();
                w.WriteString("name", u.Name);
                Number(w, "value", u.Value);
                w.WriteString("text", u.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Number(w, "max", i.Max);
            Number(w, "raw", i.RawPoints);
            Number(w, "points", i.Points);
            w.WriteString("rule", i.RuleName);
            w.WriteString("formula", i.Formula);
            w.WriteString("note", i.Note);
            if (i.IsAppraised)
            {
                Number(w, "self", i.SelfPoints ?? 0m);
                w.WriteString("appraisalReason", i.AppraisalReason);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("sections");
        foreach (var s in r.Sections)
        {
            w.WriteStartObject();
            w.WriteString("code", s.Code);
            w.WriteString("title", s.Title);
            Number(w, "max", s.Max);
            Number(w, "applicableMax", s.ApplicableMax);
            Number(w, "sum", s.Sum);
            Number(w, "points", s.Points);
            w.WriteBoolean("superior", s.AwardedBySuperior);
            w.WriteString("note", s.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Block(w, "bonus", r.Bonus);
        Block(w, "deductions", r.Deductions);
        Number(w, "treeTotal", r.TreeTotal);
        Number(w, "applicableMax", r.ApplicableMax);
        Number(w, "rescaledTotal", r.RescaledTotal);
        Number(w, "totalBeforeRounding", r.TotalBeforeRounding);
        Number(w, "total", r.Total);
        w.WriteString("band", r.Band?.Name);
        w.WriteString("class", r.ClassName);
        w.WriteStartArray("conditions");
        foreach (var c in r.Conditions)
        {
            w.WriteStartObject();
            w.WriteString("rule", c.RuleName);
            w.WriteString("when", c.When);
            w.WriteString("reason", c.Reason);
            w.WriteString("atMost", c.AtMost);
            w.WriteBoolean("changed", c.Changed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Block(Utf8JsonWriter w, string name, BlockResult b)
    {
        w.WriteStartObject(name);
        Number(w, "max", b.Max);
        Number(w, "sum", b.Sum);
        Number(w, "points", b.Points);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(Num.Invariant(value), skipInputValidation: true);
    }
}
