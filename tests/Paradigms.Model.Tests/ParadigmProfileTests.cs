using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests;

public class ParadigmProfileTests
{
    // Net §10.1 (network abstraction, isolation), §10.3 (cooperative), §10.4 (isolation strength), §06.3.1/§10.5 ("（共享）"), written by hand.
    public static TheoryData<string, Paradigm, AbstractionLevel, bool, IsolationStrength, HostSharing, string> Rows => new()
    {
        { "Net §10.1, §10.4, §10.5", Paradigm.Virtualization, AbstractionLevel.Hardware, false, IsolationStrength.Hardware, HostSharing.None, "15–40 μs" },
        { "Net §10.1, §10.4, §10.5", Paradigm.Paravirtualization, AbstractionLevel.Hardware, true, IsolationStrength.Kernel, HostSharing.None, "11–28 μs" },
        { "Net §10.1, §10.4, §06.3.1", Paradigm.Containerization, AbstractionLevel.Process, false, IsolationStrength.Process, HostSharing.PhysicalNic | HostSharing.NetworkStack | HostSharing.Kernel, "1–10 μs" },
        { "Net §10.1, §10.4, §06.3.1", Paradigm.Sandboxing, AbstractionLevel.Application, false, IsolationStrength.Application, HostSharing.PhysicalNic | HostSharing.DataLink | HostSharing.NetworkStack | HostSharing.Kernel, "0–1 μs" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_paradigm_has_its_profile(string section, Paradigm paradigm, AbstractionLevel abstraction, bool cooperates, IsolationStrength isolation, HostSharing shared, string latency)
    {
        var profile = ParadigmProfile.Of(paradigm);

        Assert.Equal(paradigm, profile.Paradigm);
        Assert.Equal(abstraction, profile.NetworkAbstraction);
        Assert.Equal(cooperates, profile.GuestCooperates);
        Assert.Equal(isolation, profile.Isolation);
        Assert.Equal(shared, profile.SharedWithHost);
        Assert.Equal(latency, profile.NetworkLatencyOverhead.ValueText);
        Assert.NotNull(section);
    }

    [Fact]
    public void Isolation_weakens_from_virtualization_to_sandboxing()
    {
        Assert.Equal(
            [IsolationStrength.Hardware, IsolationStrength.Kernel, IsolationStrength.Process, IsolationStrength.Application],
            ParadigmProfile.All.Select(p => p.Isolation));
        Assert.True(IsolationStrength.Physical > IsolationStrength.Hardware);
    }

    [Fact]
    public void An_undefined_paradigm_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ParadigmProfile.Of(0));

        Assert.Contains("paradigm was 0; allowed: Virtualization, Paravirtualization, Containerization, Sandboxing.", error.Message, StringComparison.Ordinal);
    }
}
