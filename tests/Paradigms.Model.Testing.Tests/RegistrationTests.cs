using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Decisions;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;
using Xunit;

namespace Paradigms.Model.Testing.Tests;

/// <summary>FsCheck.Xunit finds the kit's arbitraries through <c>[Property(Arbitrary = …)]</c>, for every type the kit promises.</summary>
public class RegistrationTests
{
    /// <summary>The types the kit promises an arbitrary for (issue 7: every public model type and quantity, and the enums models are built from).</summary>
    public static TheoryData<Type> PromisedTypes => new()
    {
        typeof(Duration), typeof(Information), typeof(BitRate), typeof(Ratio), typeof(Frequency), typeof(Cycles),
        typeof(IoOperationRate), typeof(Length), typeof(CpuCores), typeof(MacAddress), typeof(Nic), typeof(LogicalChannel),
        typeof(Encapsulation), typeof(EncapsulationStack), typeof(PhysicalNic), typeof(Deployment), typeof(Workload),
        typeof(Requirements), typeof(WasmLinearMemory), typeof(InvalidModel),
        typeof(Paradigm), typeof(NicKind), typeof(LogicalChannelKind), typeof(NetworkMode), typeof(EncapsulationKind),
        typeof(DuplexMode), typeof(PhysicalMedium), typeof(InterfaceType), typeof(PhysicalTopology),
        typeof(RequirementLevel), typeof(DecisionCondition),
    };

    [Theory]
    [MemberData(nameof(PromisedTypes))]
    public void Every_promised_type_has_a_static_property_returning_its_arbitrary(Type type)
    {
        var arbitraryType = typeof(Arbitrary<>).MakeGenericType(type);
        var property = Assert.Single(typeof(ParadigmsArbitraries).GetProperties(), p => p.PropertyType == arbitraryType);
        Assert.NotNull(property.GetValue(null));
    }

    [Fact]
    public void Ranges_of_every_quantity_come_from_one_generic_method()
    {
        var method = Assert.Single(typeof(ParadigmsArbitraries).GetMethods(), m => m.IsGenericMethodDefinition);
        Assert.Equal(typeof(Arbitrary<>).MakeGenericType(typeof(Range<>).MakeGenericType(method.GetGenericArguments()[0])), method.ReturnType);
    }

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 50)]
    public bool A_deployment_parameter_gets_a_valid_deployment(Deployment deployment) =>
        ModelValidator.Validate(deployment).Count == 0;

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 50)]
    public bool A_range_parameter_gets_an_ordered_range_of_the_registered_quantity(Range<BitRate> range) =>
        range.Min <= range.Max
        && range.Min >= BitRate.Zero
        && range.Max <= BitRate.FromGigabitsPerSecond(400); // the fastest rate of the documents: fiber, 10–400 Gbit/s (Net §04.1.1)

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 50)]
    public bool An_enum_parameter_gets_a_defined_value(Paradigm paradigm, NicKind nic, PhysicalMedium medium) =>
        Enum.IsDefined(paradigm) && Enum.IsDefined(nic) && Enum.IsDefined(medium);

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 50)]
    public bool An_invalid_model_parameter_gets_one_of_the_ids(InvalidModel model) =>
        InvalidModels.Ids.Contains(model.ExpectedId);

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 50)]
    public bool Arbitraries_compose_with_FsCheck_s_own_for_arrays_and_tuples(Nic[] nics, (Workload, Requirements) pair) =>
        nics.All(nic => nic is not null) && pair.Item1 is not null && pair.Item2 is not null;

    [Fact]
    public void The_invalid_model_arbitrary_is_the_one_of_InvalidModels() =>
        Assert.Same(InvalidModels.All, ParadigmsArbitraries.InvalidModel);

    [Fact]
    public void Every_enum_value_is_drawn()
    {
        var drawn = new HashSet<PhysicalMedium>(ParadigmsArbitraries.PhysicalMedium.Generator.Sample(500));
        Assert.Equal(Enum.GetValues<PhysicalMedium>().Length, drawn.Count);
    }
}
