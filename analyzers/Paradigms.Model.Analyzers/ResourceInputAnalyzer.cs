using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// Reports constant inputs the resource model refuses, on the argument: a loss given to an IO or
/// storage equation outside 0 % to below 100 % (PM0010), a Wasm linear memory or a sandboxed
/// workload's memory above the wasm32 limit of 4 GiB (PM0011).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ResourceInputAnalyzer : ModelAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.LossOutOfRange, Descriptors.Wasm32MemoryTooLarge);

    /// <inheritdoc/>
    private protected override void Register(CompilationStartAnalysisContext start, ModelSymbols symbols)
    {
        if (symbols is not { Ratio: not null, Information: not null })
        {
            return;
        }

        start.RegisterOperationAction(c => AnalyzeCall(c, symbols), OperationKind.Invocation);
        start.RegisterOperationAction(c => AnalyzeWorkload(c, symbols), OperationKind.ObjectCreation);
    }

    private static void AnalyzeCall(OperationAnalysisContext context, ModelSymbols symbols)
    {
        var call = (IInvocationOperation)context.Operation;
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
                    Report(context, RuleTable.CheckLoss(parameter.Name, percent), argument.Value);
                }
            }
        }
        else if (ModelSymbols.Is(type, symbols.WasmLinearMemory))
        {
            switch (call.TargetMethod.Name)
            {
                case "FromPages" when Arguments.Written(call.Arguments, "pages") is { } pages && ConstantReader.Integer(pages) is { } count:
                    Report(context, RuleTable.CheckWasm32Pages("pages", count), pages);
                    break;
                case "Covering" when Arguments.Written(call.Arguments, "size") is { } size && ConstantReader.Quantity(size, symbols.Information, QuantityFactors.Bytes) is { } bytes:
                    Report(context, RuleTable.CheckWasm32Memory("size", bytes), size);
                    break;
            }
        }
    }

    private static void AnalyzeWorkload(OperationAnalysisContext context, ModelSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (ModelSymbols.Is(creation.Type, symbols.Workload)
            && creation.Constructor is not null
            && ModelReader.Paradigm(Arguments.Written(creation.Arguments, "paradigm")) == Paradigm.Sandboxing
            && Arguments.Written(creation.Arguments, "memoryRequest") is { } memory
            && ConstantReader.Quantity(memory, symbols.Information, QuantityFactors.Bytes) is { } bytes)
        {
            Report(context, RuleTable.CheckWasm32Memory("memoryRequest", bytes), memory);
        }
    }

    private static void Report(OperationAnalysisContext context, RuleFinding? finding, IOperation at)
    {
        if (finding is not null)
        {
            context.ReportDiagnostic(Descriptors.Create(finding, at.Syntax.GetLocation()));
        }
    }
}
