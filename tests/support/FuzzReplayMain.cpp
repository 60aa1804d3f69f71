// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target's entry point without libFuzzer: every file of the seed corpus, then a fixed
// set of inputs made by mutating them (same seed every run, so a failure reproduces).
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

QByteArray mutate(QByteArray input, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(8));
    for (int i = 0; i < edits; ++i) {
        const int what = int(random.bounded(4));
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(random.bounded(quint32(input.size())));
        if (what == 0 && !input.isEmpty())
            input[at] = char(random.bounded(256));
        else if (what == 1)
            input.insert(at, char(random.bounded(256)));
        else if (what == 2 && !input.isEmpty())
            input.remove(at, 1 + qsizetype(random.bounded(quint32(qMin<qsizetype>(16, input.size() - at)))));
        else
            input.insert(at, input.mid(at, 32));
    }
    return input;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<QByteArray> corpus{QByteArray()};
    for (int i = 1; i < argc; ++i) {
        // A corpus folder that is missing, empty or unreadable would leave only made-up inputs: fail.
        qsizetype read = 0;
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read corpus file %s\n", qPrintable(file.fileName()));
                return 1;
            }
            corpus.append(file.readAll());
            ++read;
        }
        if (read == 0) {
            std::fprintf(stderr, "no corpus files in %s\n", argv[i]);
            return 1;
        }
    }
    for (const QByteArray &input : corpus)
        run(input);
    QRandomGenerator random(20261126);
    int runs = 0;
    for (; runs < 20000; ++runs)
        run(mutate(corpus.at(qsizetype(random.bounded(quint32(corpus.size())))), random));
    std::printf("replayed %lld corpus inputs and %d mutations\n", static_cast<long long>(corpus.size()), runs);
    return 0;
}
