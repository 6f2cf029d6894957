using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// The package's analyzer: reports a model built from constants that the rule table refuses, PM0001 to PM0011, on the
/// offending argument. It runs concurrently, skips generated code, resolves the library's types once per compilation,
/// and registers nothing when no reference of the compilation can be Paradigms.Model.
/// </summary>
/// <remarks>
/// One analyzer with one action per kind of operation (object creations, invocations, <c>with</c>) hands each operation
/// on a library type to the checks of that type: <see cref="DeploymentChecks"/>, <see cref="PhysicalNicChecks"/>,
/// <see cref="ProtocolValueChecks"/> and <see cref="ResourceInputChecks"/>. The compiler calls every registered action
/// for every operation of its kind, in every method of the compilation, so an operation on any other type costs a read
/// of its type's name, and one action per kind is the fewest calls the compiler can make.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!ModelSymbols.MayBeReferenced(start.Compilation))
            {
                return;
            }

            // Resolved by the first operation: by then the compiler has bound the references (it binds no method
            // without them), so the analyzer reads only the library's types and pays for nothing else.
            var compilation = start.Compilation;
            var symbols = new Lazy<ModelSymbols?>(() => ModelSymbols.TryCreate(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterOperationAction(c => AnalyzeCreation(c, symbols.Value), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols.Value), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeWith(c, symbols.Value), OperationKind.With);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, ModelSymbols? symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (symbols is null || creation.Type is not { } type || creation.Constructor is null)
        {
            return;
        }

        // The type's name picks the one check that can apply and one symbol comparison confirms it, so that a creation
        // of any other type costs a read of its name.
        switch (type.Name)
        {
            case "Deployment" when ModelSymbols.Is(type, symbols.Deployment):
                DeploymentChecks.Creation(context, creation, symbols);
                break;
            case "PhysicalNic" when ModelSymbols.Is(type, symbols.PhysicalNic):
                PhysicalNicChecks.Creation(context, creation, symbols);
                break;
            case "EncapsulationStack" when ModelSymbols.Is(type, symbols.EncapsulationStack):
                ProtocolValueChecks.Stack(context, creation, symbols);
                break;
            case "Workload" when ModelSymbols.Is(type, symbols.Workload):
                ResourceInputChecks.Workload(context, creation, symbols);
                break;
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, ModelSymbols? symbols)
    {
        var call = (IInvocationOperation)context.Operation;
        if (symbols is null || call.TargetMethod is not { IsStatic: true, ContainingType: { } type })
        {
            return;
        }

        // The type's name sends a call to the checks that can apply, which compare the symbols; a call on any other type,
        // or on a quantity factory (BitRate.FromGigabitsPerSecond) that no check reads alone, costs a read of its name.
        switch (type.Name)
        {
            case "Nic" or "LogicalChannel" or "Encapsulation":
                ProtocolValueChecks.Factory(context, call, symbols);
                break;
            case "IoModel" or "StorageModel" or "WasmLinearMemory":
                ResourceInputChecks.Call(context, call, symbols);
                break;
        }
    }

    private static void AnalyzeWith(OperationAnalysisContext context, ModelSymbols? symbols)
    {
        var with = (IWithOperation)context.Operation;
        if (symbols is not null && ModelSymbols.Is(with.Type, symbols.Deployment))
        {
            DeploymentChecks.With(context, with, symbols);
        }
    }
}
