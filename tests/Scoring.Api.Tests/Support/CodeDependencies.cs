using System.Reflection;
using System.Reflection.Emit;

namespace Scoring.Api.Tests.Support;

/// <summary>The types each namespace of an assembly mentions, read from its compiled code: base types, interfaces, fields, properties,
/// method signatures, and the tokens in method bodies (so a static call counts too).</summary>
internal static class CodeDependencies
{
    /// <summary>For each namespace of the shell, every type its code mentions: base types, fields, properties, method signatures and bodies.</summary>
    public static Dictionary<string, HashSet<Type>> Read(Assembly shell)
    {
        var result = new Dictionary<string, HashSet<Type>>(StringComparer.Ordinal);
        foreach (var type in shell.GetTypes())
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
