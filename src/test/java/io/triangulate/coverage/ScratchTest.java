package io.triangulate.coverage;
import io.triangulate.model.*;
import org.junit.jupiter.api.Test;
import java.util.*;
class ScratchTest {
  static double j(Set<String> a, Set<String> b){ Set<String> i=new HashSet<>(a); i.retainAll(b); Set<String> u=new HashSet<>(a); u.addAll(b); return u.isEmpty()?0:(double)i.size()/u.size();}
  static double ov(Set<String> a, Set<String> b){ Set<String> i=new HashSet<>(a); i.retainAll(b); return Math.min(a.size(),b.size())==0?0:(double)i.size()/Math.min(a.size(),b.size());}
  @Test void print() {
    List<Article> as = SeedCorpus.articles();
    Map<String,List<Set<String>>> st = new TreeMap<>(); Map<String,List<String>> tx=new TreeMap<>();
    for (Article a: as) { List<Set<String>> l=new ArrayList<>(); List<String> t=new ArrayList<>(); for (Sentence s: SeedCorpus.sentences(a)) { l.add(new HashSet<>(ContentTerms.of(s.getText()))); t.add(s.getText()); } st.put(a.getId(), l); tx.put(a.getId(), t);}
    for (String a: st.keySet()) for (String b: st.keySet()) if (a.compareTo(b)<0) {
      int[] cnt=new int[6];
      for (int i=0;i<st.get(a).size();i++) { double best=0; int bj=-1; for (int k=0;k<st.get(b).size();k++){ if (st.get(a).get(i).size()<4||st.get(b).get(k).size()<4) continue; double x=j(st.get(a).get(i), st.get(b).get(k)); if(x>best){best=x;bj=k;}}
        for (int t=0;t<6;t++) if (best>=0.1+0.05*t) cnt[t]++;
        if (best>=0.2 && (a.equals("seed-002")&&b.equals("seed-004") || a.equals("seed-000")&&b.equals("seed-001"))) System.out.printf("  %.2f | %s%n       | %s%n", best, tx.get(a).get(i), tx.get(b).get(bj));
      }
      System.out.println(a+" "+b+" matches>=.10..35: "+Arrays.toString(cnt));
    }
  }
}
