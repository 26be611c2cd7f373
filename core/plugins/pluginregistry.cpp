#include "core/plugins/pluginregistry.h"

#include <parabench/sdkversion.h>
#include <parabench/workloadplugin.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QSet>
#include <QVersionNumber>

namespace pb {

namespace {

const QString kIidStem = QStringLiteral("org.parabench.WorkloadPlugin/");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isElf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArrayLiteral("\x7f"
                                                                         "ELF");
}

QString sha256Of(const QString &file)
{
    QFile f(file);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

bool isOptimized(const QString &buildType)
{
    return buildType == QLatin1String("Release") || buildType == QLatin1String("RelWithDebInfo") ||
           buildType == QLatin1String("MinSizeRel");
}

/// "plugin 'collatz' (/path/collatz.so)", or the file alone while the id is unknown.
QString who(const QString &id, const QString &file)
{
    return id.isEmpty() ? file : QStringLiteral("plugin '%1' (%2)").arg(id, file);
}

/// The SDK versions this build loads: same major, minor not newer. Empty when compatible.
QString sdkMismatch(const QString &pluginSdk, const QString &iid)
{
    const QVersionNumber theirs = QVersionNumber::fromString(pluginSdk);
    const QVersionNumber ours =
        QVersionNumber::fromString(QStringLiteral(PARABENCH_SDK_VERSION_STR));
    const QString range = QStringLiteral("this ParaBench (SDK %1) loads plugins built against SDK "
                                         "%2.x up to %2.%3")
                              .arg(ours.toString())
                              .arg(ours.majorVersion())
                              .arg(ours.minorVersion());
    if (theirs.isNull() || theirs.majorVersion() != ours.majorVersion() ||
        iid != QLatin1String(PARABENCH_WORKLOAD_PLUGIN_IID))
        return QStringLiteral("was built against ParaBench SDK %1 (interface '%2'); %3: rebuild "
                              "it against this ParaBench")
            .arg(pluginSdk.isEmpty() ? QStringLiteral("?") : pluginSdk, iid, range);
    if (theirs.minorVersion() > ours.minorVersion())
        return QStringLiteral("was built against ParaBench SDK %1, newer than this ParaBench; %2: "
                              "update ParaBench or rebuild the plugin against SDK %3")
            .arg(pluginSdk, range, ours.toString());
    return {};
}

} // namespace

PluginRegistry &PluginRegistry::instance()
{
    // Leaked on purpose: plugin code must stay mapped until the process ends, and a static
    // destroyed at exit would delete the loaders after QCoreApplication.
    static PluginRegistry *registry = new PluginRegistry;
    return *registry;
}

bool PluginRegistry::looksLikePlugin(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".so"));
}

const PluginRegistry::Entry *PluginRegistry::findFile(const QString &file) const
{
    for (const auto &e : m_entries)
        if (e->plugin.info.file == file)
            return e.get();
    return nullptr;
}

std::optional<LoadedPlugin> PluginRegistry::load(const QString &path,
                                                 const QStringList &reservedIds, QString *error,
                                                 QString *warning)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        fail(error, QStringLiteral("plugin file not found: %1").arg(path));
        return std::nullopt;
    }
    if (!fi.isFile()) {
        fail(error, QStringLiteral("%1 is not a plugin file (not a regular file)").arg(path));
        return std::nullopt;
    }
    // Absolute and canonical: QPluginLoader does not load a relative path, and the same file
    // reached through a symlink is the same plugin.
    const QString file = fi.canonicalFilePath();
    QMutexLocker loading(&m_loadMutex);
    {
        QMutexLocker lock(&m_mutex);
        if (const Entry *e = findFile(file))
            return e->plugin;
    }
    auto entry = std::make_unique<Entry>();
    entry->loader = std::make_unique<QPluginLoader>(file);
    std::optional<PluginProvenance> info = inspect(file, *entry->loader, error, warning);
    if (!info)
        return std::nullopt;
    entry->plugin.info = *info;
    if (!instantiate(*entry, reservedIds, error))
        return std::nullopt; // its code ran; it stays mapped (never unloaded) but unregistered
    QMutexLocker lock(&m_mutex);
    m_entries.push_back(std::move(entry));
    return m_entries.back()->plugin;
}

std::optional<PluginProvenance> PluginRegistry::inspect(const QString &file, QPluginLoader &loader,
                                                        QString *error, QString *warning) const
{
    if (!QFileInfo(file).isReadable() || !isElf(file)) {
        fail(error, QFileInfo(file).isReadable()
                        ? QStringLiteral("%1 is not a shared library (no ELF header)").arg(file)
                        : QStringLiteral("cannot read plugin file %1").arg(file));
        return std::nullopt;
    }
    // Qt prefers <file>.avx2 on AVX2 machines: a stale copy there would run instead of file.
    if (QFileInfo::exists(file + QStringLiteral(".avx2"))) {
        fail(error, QStringLiteral("%1.avx2 exists next to %1: Qt would load that file instead; "
                                   "remove it")
                        .arg(file));
        return std::nullopt;
    }
    const QJsonObject md = loader.metaData(); // reads the ELF note; runs no plugin code
    if (md.isEmpty()) {
        // Qt's reason repeats the path twice; keep it only when it says more than "no metadata".
        const QString qt = loader.errorString();
        const QString why = qt.contains(QLatin1String("metadata not found"))
                                ? QStringLiteral("it has no Qt plugin metadata")
                                : qt;
        fail(error, QStringLiteral("%1 is a shared library but not a Qt plugin (%2); build "
                                   "plugins with parabench_add_workload()")
                        .arg(file, why));
        return std::nullopt;
    }
    const QString iid = md.value(QLatin1String("IID")).toString();
    if (!iid.startsWith(kIidStem)) {
        fail(error, QStringLiteral("%1 is a Qt plugin but not a ParaBench workload plugin "
                                   "(interface '%2')")
                        .arg(file, iid));
        return std::nullopt;
    }
    const QJsonObject meta = md.value(QLatin1String("MetaData")).toObject();
    PluginProvenance p;
    p.file = file;
    p.id = meta.value(QLatin1String("id")).toString();
    p.name = meta.value(QLatin1String("name")).toString(p.id);
    p.version = meta.value(QLatin1String("version")).toString();
    p.sdkVersion = meta.value(QLatin1String("sdkVersion")).toString();
    p.buildType = meta.value(QLatin1String("buildType")).toString();
    p.compiler = meta.value(QLatin1String("compiler")).toString();
    if (const QString why = sdkMismatch(p.sdkVersion, iid); !why.isEmpty()) {
        fail(error, QStringLiteral("%1 %2").arg(who(p.id, file), why));
        return std::nullopt;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_-]*$"));
    if (!idPattern.match(p.id).hasMatch()) {
        fail(error, QStringLiteral("%1: plugin id '%2' in its metadata must match "
                                   "[a-z][a-z0-9_-]*")
                        .arg(file, p.id));
        return std::nullopt;
    }
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &e : m_entries)
            if (e->plugin.info.id == p.id) {
                fail(error, QStringLiteral("plugin id '%1' of %2 is already used by %3")
                                .arg(p.id, file, e->plugin.info.file));
                return std::nullopt;
            }
    }
    if (warning && !isOptimized(p.buildType))
        *warning = QStringLiteral("%1 was built with build type '%2': its kernel is not "
                                  "optimized, so its timings mean little; rebuild it with "
                                  "-DCMAKE_BUILD_TYPE=Release")
                       .arg(who(p.id, file), p.buildType);
    p.sha256 = sha256Of(file);
    return p;
}

bool PluginRegistry::instantiate(Entry &entry, const QStringList &reservedIds, QString *error) const
{
    const PluginProvenance &p = entry.plugin.info;
    QObject *root = entry.loader->instance(); // dlopen, static initializers, root object
    if (!root)
        return fail(error, QStringLiteral("cannot load %1: %2")
                               .arg(who(p.id, p.file), entry.loader->errorString()));
    auto *plugin = qobject_cast<WorkloadPlugin *>(root);
    if (!plugin)
        return fail(error, QStringLiteral("%1 does not implement the ParaBench workload plugin "
                                          "interface")
                               .arg(who(p.id, p.file)));
    const QList<const Workload *> workloads = plugin->workloads();
    if (workloads.isEmpty())
        return fail(error, QStringLiteral("%1 registers no workloads: add "
                                          "PARABENCH_REGISTER_WORKLOAD(YourSpec) to its source")
                               .arg(who(p.id, p.file)));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_-]*$"));
    QSet<QString> ids;
    for (const Workload *w : workloads) {
        const QString id = w->id();
        QString why;
        if (!idPattern.match(id).hasMatch())
            why = QStringLiteral("workload id '%1' must match [a-z][a-z0-9_-]*").arg(id);
        else if (ids.contains(id))
            why = QStringLiteral("workload id '%1' is registered twice").arg(id);
        else if (reservedIds.contains(id))
            why = QStringLiteral("workload id '%1' is already used by the built-in workload "
                                 "'%1'")
                      .arg(id);
        else if (w->defaultSize() < 1)
            why = QStringLiteral("workload '%1' has default size %2; it must be at least 1")
                      .arg(id)
                      .arg(w->defaultSize());
        else
            checkParamSpecs(id, w->parameters(), &why);
        if (why.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            for (const auto &e : m_entries)
                for (const Workload *other : e->plugin.workloads)
                    if (other->id() == id)
                        why = QStringLiteral("workload id '%1' is already used by plugin '%2' "
                                             "(%3)")
                                  .arg(id, e->plugin.info.id, e->plugin.info.file);
        }
        if (!why.isEmpty())
            return fail(error, QStringLiteral("%1: %2").arg(who(p.id, p.file), why));
        ids.insert(id);
    }
    entry.plugin.workloads = workloads;
    return true;
}

QList<LoadedPlugin> PluginRegistry::plugins() const
{
    QMutexLocker lock(&m_mutex);
    QList<LoadedPlugin> list;
    for (const auto &e : m_entries)
        list << e->plugin;
    return list;
}

QList<const Workload *> PluginRegistry::workloads() const
{
    QMutexLocker lock(&m_mutex);
    QList<const Workload *> list;
    for (const auto &e : m_entries)
        list << e->plugin.workloads;
    return list;
}

std::optional<LoadedPlugin> PluginRegistry::pluginOf(const QString &workloadId) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto &e : m_entries)
        for (const Workload *w : e->plugin.workloads)
            if (w->id() == workloadId)
                return e->plugin;
    return std::nullopt;
}

} // namespace pb
