namespace Paradigms.Model.Rules;

/// <summary>How serious a rule's finding is. Linked into the analyzer, which maps it to Roslyn's severities.</summary>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
enum RuleSeverity
{
    /// <summary>Worth knowing; the model is fine.</summary>
    Info = 1,

    /// <summary>Real but debatable or unusual; the model can exist. The rule's page says why it warns.</summary>
    Warning = 2,

    /// <summary>A combination that cannot exist in the real world; building the model throws.</summary>
    Error = 3,
}
