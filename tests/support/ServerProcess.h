#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// The real bureau server (the built fieldcase-server binary, FIELDCASE_SERVER_BIN) as a child process on
// 127.0.0.1 over TLS: admin subcommands, `serve` on a free port, a hard kill and a restart on the same port.
class ServerProcess {
public:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    explicit ServerProcess(QString dataDir)
        : m_dataDir(std::move(dataDir)) {}
    ~ServerProcess() { kill(); }

    QString dataDir() const { return m_dataDir; }

    // An admin subcommand on this server's data directory (`--data DIR` is added after the subcommand words).
    Run admin(const QStringList& words, const QStringList& options = {}, const QByteArray& input = {}) const {
        QProcess process;
        process.start(QStringLiteral(FIELDCASE_SERVER_BIN),
                      words + QStringList{QStringLiteral("--data"), m_dataDir} + options);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // Starts `serve`; the first start takes any free port, a restart reuses it so devices keep their URL.
    bool start() {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(FIELDCASE_SERVER_BIN),
                         {QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir,
                          QStringLiteral("--port"), QString::number(m_port)});
        const QRegularExpression listening(QStringLiteral("listening on (\\d+)"));
        QByteArray seen;
        while (m_process->state() != QProcess::NotRunning && m_process->waitForReadyRead(15000)) {
            seen += m_process->readAllStandardOutput();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(seen));
            if (match.hasMatch()) {
                m_port = match.captured(1).toUShort();
                return true;
            }
        }
        qWarning("fieldcase-server did not start: %s %s", seen.constData(),
                 m_process->readAllStandardError().constData());
        return false;
    }

    // SIGKILL: no shutdown code runs, as when the power goes.
    void kill() {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
        m_process.reset();
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

private:
    QString m_dataDir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};
