using System.Reflection;
using System.Reflection.Emit;
using Xunit;

namespace Scoring.Api.Tests;

/// <summary>The shell reads as surfaces → use cases → (pure policies, Engine) → repositories: surfaces never reach the store, the store holds
/// rows only, and the shell's namespaces have no cycle. Dependencies are read from the compiled code (signatures and method bodies).</summary>
public class ArchitectureTests
{
    private static readonly Assembly Shell = typeof(Api.UseCases.Operations).Assembly;

    private static readonly Lazy<Dictionary<string, HashSet<Type>>> Dependencies = new(Read);

    private static readonly string[] Surfaces = ["Scoring.Api.Pages", "Scoring.Api.Endpoints", "Scoring.Api.Cli", "AspNetCoreGeneratedDocument"];

    // What reaches the database: the store, its repositories and the write transaction. Storage's records (rows read back) may be shown.
    private static readonly Type[] StoreAccess =
    [
        typeof(Api.Storage.Store), typeof(Api.Storage.Database), typeof(Api.Storage.StoreWrite), typeof(Api.Storage.WriteTransaction),
        typeof(Api.Storage.ISubmissionStore), typeof(Api.Storage.IRunStore), typeof(Api.Storage.IAgencyStore), typeof(Api.Storage.ICriteriaStore),
        typeof(Api.Storage.AuditLog), typeof(Api.Storage.TokenStore), typeof(Api.Storage.IdempotencyStore), typeof(Api.Storage.Migrator),
        typeof(Api.Storage.SubmissionRows), typeof(Api.Storage.RevisionRows), typeof(Api.Storage.AppraisalRows), typeof(Api.Storage.RunRows),
        typeof(Api.Storage.YearLockRows),
    ];

    [Fact]
    public void Surfaces_PagesEndpointsAndCli_NeverReachTheStore()
    {
        var offences = Dependencies.Value
            .Where(d => Surfaces.Any(s => d.Key == s || d.Key.StartsWith(s + ".", StringComparison.Ordinal)))
            .SelectMany(d => d.Value.Where(StoreAccess.Contains).Select(t => $"{d.Key} → {t.Name}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Empty(offences);
        // The reading itself works: the pages do reach the operations.
        Assert.Contains(typeof(Api.UseCases.Operations), Dependencies.Value["Scoring.Api.Pages"]);
    }

    [Fact]
    public void Storage_HoldsRowsOnly_NoWorkbooksReportsRulesOrUpperLayers()
    {
        string[] forbidden = ["Scoring.Api.Spreadsheets", "Scoring.Api.Reports", "Scoring.Api.UseCases", "Scoring.Api.Pages", "Scoring.Api.Endpoints",
            "Scoring.Api.Cli", "Scoring.Api.Server", "Scoring.Rules", "OfficeOpenXml"];
        var offences = Dependencies.Value.GetValueOrDefault("Scoring.Api.Storage", [])
            .Where(t => forbidden.Any(f => t.Namespace == f || t.Namespace?.StartsWith(f + ".", StringComparison.Ordinal) == true))
            .Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(offences);
    }

    [Fact]
    public void Namespaces_OfTheShell_HaveNoCycle()
    {
        var graph = Dependencies.Value.Where(d => d.Key.StartsWith("Scoring.Api", StringComparison.Ordinal)).ToDictionary(
            d => d.Key,
            d => d.Value.Select(t => t.Namespace ?? "").Where(n => n.StartsWith("Scoring.Api", StringComparison.Ordinal) && n != d.Key).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var cycles = graph.Keys.SelectMany(from => graph[from].Where(to => Reaches(graph, to, from)).Select(to => $"{from} → {to}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Empty(cycles);
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string from, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([from]);
        while (stack.TryPop(out var n))
        {
            if (n == target)
            {
                return true;
            }
            if (seen.Add(n) && graph.TryGetValue(n, out var next))
            {
                foreach (var m in next)
                {
                    stack.Push(m);
                }
            }
        }
        return false;
    }

    /// <summary>For each namespace of the shell, every type its code mentions: base types, fields, properties, method signatures and bodies.</summary>
    private static Dictionary<string, HashSet<Type>> Read()
    {
        var result = new Dictionary<string, HashSet<Type>>(StringComparer.Ordinal);
        foreach (var type in Shell.GetTypes())
        {
            var ns = type.Namespace ?? "";
            if (!result.TryGetValue(ns, out var used))
            {
                result[ns] = used = [];
            }
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            Add(used, type.BaseType);
            foreach (var i in type.GetInterfaces())
            {
                Add(used, i);
            }
            foreach (var f in type.GetFields(all))
            {
                Add(used, f.FieldType);
            }
            foreach (var p in type.GetProperties(all))
            {
                Add(used, p.PropertyType);
            }
            foreach (var m in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                foreach (var p in m.GetParameters())
                {
                    Add(used, p.ParameterType);
                }
                if (m is MethodInfo mi)
                {
                    Add(used, mi.ReturnType);
                }
                foreach (var t in BodyTypes(m))
                {
                    Add(used, t);
                }
            }
        }
        return result;
    }

    private static void Add(HashSet<Type> used, Type? type)
    {
        if (type is null)
        {
            return;
        }
        if (type.HasElementType)
        {
            Add(used, type.GetElementType());
            return;
        }
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var a in type.GetGenericArguments())
            {
                Add(used, a);
            }
            type = type.GetGenericTypeDefinition();
        }
        if (!type.IsGenericParameter && used.Add(type) && type.DeclaringType is { } outer)
        {
            Add(used, outer);
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types a method body mentions through its tokens (calls, fields, types, constructors).</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try
                    {
                        member = module.ResolveMember(token, typeArgs, methodArgs);
                    }
                    catch (ArgumentException)
                    {
                        // A token of a generic context this reading cannot rebuild; its types appear in the signatures anyway.
                    }
                    if (member is Type t)
                    {
                        yield return t;
                    }
                    else if (member?.DeclaringType is { } owner)
                    {
                        yield return owner;
                    }
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (BitConverter.ToInt32(il, i) * 4);
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
