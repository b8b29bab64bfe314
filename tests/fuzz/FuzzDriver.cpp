// Stand-in for libFuzzer in ordinary builds: feeds every file of the given corpus folders to
// LLVMFuzzerTestOneInput, then seeded mutations of each (bit flips, truncations, insertions).
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {
constexpr int kMutationsPerInput = 500;

void feed(const QByteArray &bytes)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                           std::size_t(bytes.size()));
}

QByteArray mutate(QByteArray bytes, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(4));
    for (int i = 0; i < edits; ++i) {
        const int where = bytes.isEmpty() ? 0 : int(random.bounded(int(bytes.size())));
        switch (random.bounded(4)) {
        case 0:
            if (!bytes.isEmpty())
                bytes[where] = char(bytes[where] ^ char(1 << random.bounded(8)));
            break;
        case 1:
            bytes.truncate(where);
            break;
        case 2:
            bytes.insert(where, char(random.bounded(256)));
            break;
        default:
            if (!bytes.isEmpty())
                bytes[where] = char(random.bounded(256));
            break;
        }
    }
    return bytes;
}
} // namespace

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    QList<QByteArray> inputs;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                out << "cannot read " << file.fileName() << Qt::endl;
                return 1;
            }
            inputs.append(file.readAll());
        }
    }
    if (inputs.isEmpty()) {
        out << "no corpus files found" << Qt::endl;
        return 1;
    }
    QRandomGenerator random(0x6d656463); // fixed: failures reproduce
    qint64 runs = 0;
    for (const QByteArray &input : inputs) {
        feed(input);
        ++runs;
        for (int m = 0; m < kMutationsPerInput; ++m, ++runs)
            feed(mutate(input, random));
    }
    out << "replayed " << inputs.size() << " corpus inputs and " << (runs - inputs.size())
        << " mutations" << Qt::endl;
    return 0;
}
