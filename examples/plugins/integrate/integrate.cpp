// A workload with parameters and a floating-point tolerance: every item integrates
// f(x) = sin(k x) exp(-x^2 / 4) over [0, b] with a quadrature rule.
#include <parabench/plugin.h>

#include <cmath>

struct Integrate
{
    using In = double;  // the upper limit b, in [1, 5)
    using Out = double; // the integral

    static constexpr pb::WorkloadInfo info{
        .id = "integrate",
        .name = "Numerical integration",
        .description =
            "Each item is an upper limit b in [1, 5); the kernel integrates sin(k x) exp(-x^2 / "
            "4) over [0, b] with `steps` subintervals of the chosen quadrature rule. Pure "
            "floating-point arithmetic whose cost per item is set by `steps` (about 20 ns per "
            "subinterval): change it to see where per-item dispatch stops mattering. The "
            "reduction is the sum of the integrals.",
        .stresses = "compute, floating point",
        .defaultSize = 200'000,
        .reduction = "sum of the integrals"};

    // Serial and parallel runs call the same kernel, but the compiler may contract a * b + c
    // into one fused multiply-add in one inlined copy of it and not in another (e.g. built
    // with -march=native): outputs may then differ in the last bits. Compare within 1e-12.
    static constexpr double tolerance = 1e-12;

    static QList<pb::ParamSpec> params()
    {
        return {pb::ParamSpec::integer("steps", 200, 2, 1'000'000,
                                       "subintervals per item: the cost per item grows with it"),
                pb::ParamSpec::real("frequency", 3.0, 0.0, 1000.0, "k in sin(k x)"),
                pb::ParamSpec::choice("rule", {"midpoint", "trapezoid", "simpson"}, "simpson",
                                      "quadrature rule (simpson rounds steps up to even)"),
                pb::ParamSpec::flag("fma", false, "accumulate with std::fma")};
    }

    enum class Rule { Midpoint, Trapezoid, Simpson };

    // The values were checked against params() before this runs.
    explicit Integrate(const pb::Params &p)
        : steps(int(p.integer("steps"))), frequency(p.real("frequency")), fma(p.flag("fma"))
    {
        const QString r = p.choice("rule");
        rule = r == QLatin1String("midpoint")    ? Rule::Midpoint
               : r == QLatin1String("trapezoid") ? Rule::Trapezoid
                                                 : Rule::Simpson;
        if (rule == Rule::Simpson && steps % 2 != 0)
            ++steps;
    }

    int steps = 200;
    double frequency = 3.0;
    Rule rule = Rule::Simpson;
    bool fma = false;

    In input(qint64 i) const
    {
        return 1.0 + 4.0 * pb::wl::unitDouble(pb::wl::splitmix64(quint64(i)));
    }

    Out operator()(const In &b) const
    {
        const double h = b / steps;
        double sum = 0;
        for (int j = 0; j <= steps; ++j) {
            const double w = weight(j);
            if (w == 0)
                continue;
            const double x = rule == Rule::Midpoint ? (j + 0.5) * h : j * h;
            const double fx = std::sin(frequency * x) * std::exp(-x * x / 4);
            sum = fma ? std::fma(w, fx, sum) : sum + w * fx;
        }
        return rule == Rule::Simpson ? sum * h / 3 : sum * h;
    }

private:
    double weight(int j) const
    {
        switch (rule) {
        case Rule::Midpoint:
            return j < steps ? 1.0 : 0.0;
        case Rule::Trapezoid:
            return (j == 0 || j == steps) ? 0.5 : 1.0;
        case Rule::Simpson:
            break;
        }
        return (j == 0 || j == steps) ? 1.0 : (j % 2 == 1 ? 4.0 : 2.0);
    }
};

PARABENCH_REGISTER_WORKLOAD(Integrate);
