#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

#include <memory>

namespace {
std::unique_ptr<QApplication> g_app;

// Creates the QApplication only when tests run (not while CTest lists them at build time) and destroys
// it before static destruction, which would otherwise crash at exit.
struct QtAppListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testRunStarting(Catch::TestRunInfo const &) override
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char arg0[] = "sf_tests";
        static char *argv[] = {arg0, nullptr};
        QStandardPaths::setTestModeEnabled(true);
        if (!QCoreApplication::instance())
            g_app = std::make_unique<QApplication>(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("SoleFlipperTests"));
        QCoreApplication::setApplicationName(QStringLiteral("soleflipper-tests"));
    }
    void testRunEnded(Catch::TestRunStats const &) override { g_app.reset(); }
};
} // namespace

CATCH_REGISTER_LISTENER(QtAppListener)
