using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// Reports constant inputs the resource model refuses, on the argument: a loss given to an IO or
/// storage equation outside 0 % to below 100 % (PM0010), a Wasm linear memory or a sandboxed
/// workload's memory above the wasm32 limit of 4 GiB (PM0011).
/// </summary>
internal static class ResourceInputChecks
{
    /// <summary>Checks a static call of <c>IoModel</c>, <c>StorageModel</c> or <c>WasmLinearMemory</c>.</summary>
    public static void Call(OperationAnalysisContext context, IInvocationOperation call, ModelSymbols symbols)
    {
        var type = call.TargetMethod.ContainingType;
        if (ModelSymbols.Is(type, symbols.IoModel) || ModelSymbols.Is(type, symbols.StorageModel))
        {
            // Every Ratio an IO or storage equation takes is a loss (Res §4.2, §6.2).
            foreach (var argument in call.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue
                    && argument.Parameter is { } parameter
                    && ModelSymbols.Is(parameter.Type, symbols.Ratio)
                    && ConstantReader.Quantity(argument.Value, symbols.Ratio, QuantityFactors.Percent) is { } percent)
                {
                    Descriptors.Report(context, RuleTable.CheckLoss(parameter.Name, percent), argument.Value);
                }
            }
        }
        else if (ModelSymbols.Is(type, symbols.WasmLinearMemory))
        {
            switch (call.TargetMethod.Name)
            {
                case "FromPages" when Arguments.Written(call.Arguments, "pages") is { } pages && ConstantReader.Integer(pages) is { } count:
                    Descriptors.Report(context, RuleTable.CheckWasm32Pages("pages", count), pages);
                    break;
                case "Covering" when Arguments.Written(call.Arguments, "size") is { } size && ConstantReader.Quantity(size, symbols.Information, QuantityFactors.Bytes) is { } bytes:
                    Descriptors.Report(context, RuleTable.CheckWasm32Memory("size", bytes), size);
                    break;
            }
        }
    }

    /// <summary>Checks <c>new Workload(…)</c>: a sandboxed workload's memory request.</summary>
    public static void Workload(OperationAnalysisContext context, IObjectCreationOperation creation, ModelSymbols symbols)
    {
        if (ModelReader.Paradigm(Arguments.Written(creation.Arguments, "paradigm")) == Paradigm.Sandboxing
            && Arguments.Written(creation.Arguments, "memoryRequest") is { } memory
            && ConstantReader.Quantity(memory, symbols.Information, QuantityFactors.Bytes) is { } bytes)
        {
            Descriptors.Report(context, RuleTable.CheckWasm32Memory("memoryRequest", bytes), memory);
        }
    }
}
